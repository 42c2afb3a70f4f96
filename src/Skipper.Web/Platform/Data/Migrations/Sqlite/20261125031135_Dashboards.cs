using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Skipper.Web.Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Dashboards : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DashboardCells",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DepartmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Grain = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    PeriodStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EpisodesEnded = table.Column<int>(type: "INTEGER", nullable: false),
                    EpisodePeople = table.Column<int>(type: "INTEGER", nullable: false),
                    ChangeEpisodes = table.Column<int>(type: "INTEGER", nullable: false),
                    ChangePeople = table.Column<int>(type: "INTEGER", nullable: false),
                    ReliableImprovement = table.Column<int>(type: "INTEGER", nullable: false),
                    ReliableDeterioration = table.Column<int>(type: "INTEGER", nullable: false),
                    ClinicalIntake = table.Column<int>(type: "INTEGER", nullable: false),
                    ClinicalPeople = table.Column<int>(type: "INTEGER", nullable: false),
                    ClinicallySignificant = table.Column<int>(type: "INTEGER", nullable: false),
                    SumIntake = table.Column<double>(type: "REAL", nullable: false),
                    SumSqIntake = table.Column<double>(type: "REAL", nullable: false),
                    SumChange = table.Column<double>(type: "REAL", nullable: false),
                    AllianceAnswers = table.Column<int>(type: "INTEGER", nullable: false),
                    LowAlliance = table.Column<int>(type: "INTEGER", nullable: false),
                    AlliancePeople = table.Column<int>(type: "INTEGER", nullable: false),
                    OnTrackKnownPeople = table.Column<int>(type: "INTEGER", nullable: false),
                    NotOnTrackPeople = table.Column<int>(type: "INTEGER", nullable: false),
                    RecoveryAnswers = table.Column<int>(type: "INTEGER", nullable: false),
                    RecoveryPeople = table.Column<int>(type: "INTEGER", nullable: false),
                    SumSupport = table.Column<double>(type: "REAL", nullable: false),
                    SupportCount = table.Column<int>(type: "INTEGER", nullable: false),
                    SumRelationship = table.Column<double>(type: "REAL", nullable: false),
                    RelationshipCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Meetings = table.Column<int>(type: "INTEGER", nullable: false),
                    MeetingsAttended = table.Column<int>(type: "INTEGER", nullable: false),
                    MeetingPeople = table.Column<int>(type: "INTEGER", nullable: false),
                    ReflectionSessions = table.Column<int>(type: "INTEGER", nullable: false),
                    Staff = table.Column<int>(type: "INTEGER", nullable: false),
                    ExercisesDoneJson = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    RestartRequests = table.Column<int>(type: "INTEGER", nullable: false),
                    RestartPeople = table.Column<int>(type: "INTEGER", nullable: false),
                    RestartStillWaiting = table.Column<int>(type: "INTEGER", nullable: false),
                    RestartWaitDaysJson = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    ComputedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DashboardCells", x => new { x.TenantId, x.DepartmentId, x.Grain, x.PeriodStart });
                    table.ForeignKey(
                        name: "FK_DashboardCells_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PlanMeetings_TenantId_Date",
                table: "PlanMeetings",
                columns: new[] { "TenantId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackResponses_TenantId_Kind_Date",
                table: "FeedbackResponses",
                columns: new[] { "TenantId", "Kind", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_DashboardCells_TenantId_Grain_PeriodStart",
                table: "DashboardCells",
                columns: new[] { "TenantId", "Grain", "PeriodStart" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DashboardCells");

            migrationBuilder.DropIndex(
                name: "IX_PlanMeetings_TenantId_Date",
                table: "PlanMeetings");

            migrationBuilder.DropIndex(
                name: "IX_FeedbackResponses_TenantId_Kind_Date",
                table: "FeedbackResponses");
        }
    }
}

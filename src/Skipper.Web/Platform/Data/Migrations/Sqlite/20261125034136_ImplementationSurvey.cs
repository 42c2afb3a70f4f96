using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Skipper.Web.Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ImplementationSurvey : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ImplementationPeerPositions",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DepartmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Percent = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    StartOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Label = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImplementationPeerPositions", x => new { x.TenantId, x.Id });
                    table.ForeignKey(
                        name: "FK_ImplementationPeerPositions_Departments_TenantId_DepartmentId",
                        columns: x => new { x.TenantId, x.DepartmentId },
                        principalTable: "Departments",
                        principalColumns: new[] { "TenantId", "Id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ImplementationPeerTargets",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DepartmentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Positions = table.Column<int>(type: "INTEGER", nullable: true),
                    Fte = table.Column<decimal>(type: "TEXT", precision: 7, scale: 2, nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImplementationPeerTargets", x => new { x.TenantId, x.Id });
                    table.ForeignKey(
                        name: "FK_ImplementationPeerTargets_Departments_TenantId_DepartmentId",
                        columns: x => new { x.TenantId, x.DepartmentId },
                        principalTable: "Departments",
                        principalColumns: new[] { "TenantId", "Id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ImplementationPeerTargets_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ImplementationSurveys",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DepartmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Intro = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    WrittenWith = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Invited = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    OpenedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImplementationSurveys", x => new { x.TenantId, x.Id });
                    table.ForeignKey(
                        name: "FK_ImplementationSurveys_Departments_TenantId_DepartmentId",
                        columns: x => new { x.TenantId, x.DepartmentId },
                        principalTable: "Departments",
                        principalColumns: new[] { "TenantId", "Id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ImplementationSurveyInvitations",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SurveyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Answered = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImplementationSurveyInvitations", x => new { x.TenantId, x.SurveyId, x.PersonId });
                    table.ForeignKey(
                        name: "FK_ImplementationSurveyInvitations_ImplementationSurveys_TenantId_SurveyId",
                        columns: x => new { x.TenantId, x.SurveyId },
                        principalTable: "ImplementationSurveys",
                        principalColumns: new[] { "TenantId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ImplementationSurveyInvitations_Persons_TenantId_PersonId",
                        columns: x => new { x.TenantId, x.PersonId },
                        principalTable: "Persons",
                        principalColumns: new[] { "TenantId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ImplementationSurveyQuestions",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SurveyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    LowLabel = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    HighLabel = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImplementationSurveyQuestions", x => new { x.TenantId, x.SurveyId, x.Number });
                    table.ForeignKey(
                        name: "FK_ImplementationSurveyQuestions_ImplementationSurveys_TenantId_SurveyId",
                        columns: x => new { x.TenantId, x.SurveyId },
                        principalTable: "ImplementationSurveys",
                        principalColumns: new[] { "TenantId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ImplementationSurveyResponses",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SurveyId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImplementationSurveyResponses", x => new { x.TenantId, x.Id });
                    table.ForeignKey(
                        name: "FK_ImplementationSurveyResponses_ImplementationSurveys_TenantId_SurveyId",
                        columns: x => new { x.TenantId, x.SurveyId },
                        principalTable: "ImplementationSurveys",
                        principalColumns: new[] { "TenantId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ImplementationSurveyResponseItems",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ResponseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Score = table.Column<int>(type: "INTEGER", nullable: true),
                    Yes = table.Column<bool>(type: "INTEGER", nullable: true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImplementationSurveyResponseItems", x => new { x.TenantId, x.ResponseId, x.Number });
                    table.ForeignKey(
                        name: "FK_ImplementationSurveyResponseItems_ImplementationSurveyResponses_TenantId_ResponseId",
                        columns: x => new { x.TenantId, x.ResponseId },
                        principalTable: "ImplementationSurveyResponses",
                        principalColumns: new[] { "TenantId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ImplementationPeerPositions_TenantId_DepartmentId_StartOn",
                table: "ImplementationPeerPositions",
                columns: new[] { "TenantId", "DepartmentId", "StartOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ImplementationPeerTargets_TenantId_DepartmentId_Year",
                table: "ImplementationPeerTargets",
                columns: new[] { "TenantId", "DepartmentId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ImplementationSurveyInvitations_TenantId_PersonId",
                table: "ImplementationSurveyInvitations",
                columns: new[] { "TenantId", "PersonId" });

            migrationBuilder.CreateIndex(
                name: "IX_ImplementationSurveyResponses_TenantId_SurveyId",
                table: "ImplementationSurveyResponses",
                columns: new[] { "TenantId", "SurveyId" });

            migrationBuilder.CreateIndex(
                name: "IX_ImplementationSurveys_TenantId_DepartmentId_State",
                table: "ImplementationSurveys",
                columns: new[] { "TenantId", "DepartmentId", "State" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ImplementationPeerPositions");

            migrationBuilder.DropTable(
                name: "ImplementationPeerTargets");

            migrationBuilder.DropTable(
                name: "ImplementationSurveyInvitations");

            migrationBuilder.DropTable(
                name: "ImplementationSurveyQuestions");

            migrationBuilder.DropTable(
                name: "ImplementationSurveyResponseItems");

            migrationBuilder.DropTable(
                name: "ImplementationSurveyResponses");

            migrationBuilder.DropTable(
                name: "ImplementationSurveys");
        }
    }
}

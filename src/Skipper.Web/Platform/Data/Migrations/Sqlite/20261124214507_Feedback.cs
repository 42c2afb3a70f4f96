using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Skipper.Web.Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Feedback : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "FeedbackEpisodes",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    StartedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    StartedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    EndedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SessionCount = table.Column<int>(type: "INTEGER", nullable: false),
                    IntakeOutcome = table.Column<double>(type: "REAL", nullable: true),
                    LatestOutcome = table.Column<double>(type: "REAL", nullable: true),
                    OutcomeCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FeedbackEpisodes", x => new { x.TenantId, x.Id });
                    table.ForeignKey(
                        name: "FK_FeedbackEpisodes_Persons_TenantId_PersonId",
                        columns: x => new { x.TenantId, x.PersonId },
                        principalTable: "Persons",
                        principalColumns: new[] { "TenantId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FeedbackInstruments",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Url = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Version = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Json = table.Column<string>(type: "TEXT", nullable: false),
                    UploadedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IsCurrent = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FeedbackInstruments", x => new { x.TenantId, x.Id });
                    table.ForeignKey(
                        name: "FK_FeedbackInstruments_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FeedbackStatus",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OpenEpisodeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LastSessionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SessionCount = table.Column<int>(type: "INTEGER", nullable: false),
                    IntakeOutcome = table.Column<double>(type: "REAL", nullable: true),
                    LatestOutcome = table.Column<double>(type: "REAL", nullable: true),
                    LatestAlliance = table.Column<double>(type: "REAL", nullable: true),
                    LastOutcomeOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LastRecoveryOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Signals = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FeedbackStatus", x => new { x.TenantId, x.PersonId });
                    table.ForeignKey(
                        name: "FK_FeedbackStatus_Persons_TenantId_PersonId",
                        columns: x => new { x.TenantId, x.PersonId },
                        principalTable: "Persons",
                        principalColumns: new[] { "TenantId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FeedbackTrajectories",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstrumentCode = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    ComputedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EpisodeCount = table.Column<int>(type: "INTEGER", nullable: false),
                    BandsJson = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FeedbackTrajectories", x => new { x.TenantId, x.InstrumentCode, x.Version });
                    table.ForeignKey(
                        name: "FK_FeedbackTrajectories_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FeedbackResponses",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EpisodeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SessionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SessionNumber = table.Column<int>(type: "INTEGER", nullable: true),
                    InstrumentVersionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstrumentCode = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    StoredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Via = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    EnteredBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AnswersJson = table.Column<string>(type: "TEXT", nullable: false),
                    Total = table.Column<double>(type: "REAL", nullable: true),
                    PartScoresJson = table.Column<string>(type: "TEXT", nullable: true),
                    Signals = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    ExpectedVersion = table.Column<int>(type: "INTEGER", nullable: true),
                    ExpectedMedian = table.Column<double>(type: "REAL", nullable: true),
                    ExpectedLow = table.Column<double>(type: "REAL", nullable: true),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CommentedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FeedbackResponses", x => new { x.TenantId, x.Id });
                    table.ForeignKey(
                        name: "FK_FeedbackResponses_FeedbackEpisodes_TenantId_EpisodeId",
                        columns: x => new { x.TenantId, x.EpisodeId },
                        principalTable: "FeedbackEpisodes",
                        principalColumns: new[] { "TenantId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FeedbackSessions",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EpisodeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    OpenUntil = table.Column<long>(type: "INTEGER", nullable: false),
                    FinishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    StartedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StartedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    FromPaper = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FeedbackSessions", x => new { x.TenantId, x.Id });
                    table.ForeignKey(
                        name: "FK_FeedbackSessions_FeedbackEpisodes_TenantId_EpisodeId",
                        columns: x => new { x.TenantId, x.EpisodeId },
                        principalTable: "FeedbackEpisodes",
                        principalColumns: new[] { "TenantId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackEpisodes_TenantId_EndedOn",
                table: "FeedbackEpisodes",
                columns: new[] { "TenantId", "EndedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackEpisodes_TenantId_PersonId_Number",
                table: "FeedbackEpisodes",
                columns: new[] { "TenantId", "PersonId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackInstruments_TenantId_Code_Version",
                table: "FeedbackInstruments",
                columns: new[] { "TenantId", "Code", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackInstruments_TenantId_Url",
                table: "FeedbackInstruments",
                columns: new[] { "TenantId", "Url" });

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackResponses_TenantId_EpisodeId",
                table: "FeedbackResponses",
                columns: new[] { "TenantId", "EpisodeId" });

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackResponses_TenantId_PersonId_Date",
                table: "FeedbackResponses",
                columns: new[] { "TenantId", "PersonId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackResponses_TenantId_SessionId_InstrumentCode",
                table: "FeedbackResponses",
                columns: new[] { "TenantId", "SessionId", "InstrumentCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackSessions_TenantId_EpisodeId_Number",
                table: "FeedbackSessions",
                columns: new[] { "TenantId", "EpisodeId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackSessions_TenantId_PersonId",
                table: "FeedbackSessions",
                columns: new[] { "TenantId", "PersonId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FeedbackInstruments");

            migrationBuilder.DropTable(
                name: "FeedbackResponses");

            migrationBuilder.DropTable(
                name: "FeedbackSessions");

            migrationBuilder.DropTable(
                name: "FeedbackStatus");

            migrationBuilder.DropTable(
                name: "FeedbackTrajectories");

            migrationBuilder.DropTable(
                name: "FeedbackEpisodes");
        }
    }
}

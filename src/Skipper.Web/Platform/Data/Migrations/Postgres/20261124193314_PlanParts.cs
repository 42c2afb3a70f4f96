using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Skipper.Web.Platform.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PlanParts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PlanActivity",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    LastChangedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LastChangedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    LastMeetingOn = table.Column<DateOnly>(type: "date", nullable: true),
                    NextReviewOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanActivity", x => new { x.TenantId, x.PersonId });
                    table.ForeignKey(
                        name: "FK_PlanActivity_Persons_TenantId_PersonId",
                        columns: x => new { x.TenantId, x.PersonId },
                        principalTable: "Persons",
                        principalColumns: new[] { "TenantId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlanChimeNotes",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Element = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    UpdatedBy_At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy_Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    UpdatedBy_Role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    UpdatedBy_UserId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanChimeNotes", x => new { x.TenantId, x.PersonId, x.Element });
                    table.ForeignKey(
                        name: "FK_PlanChimeNotes_Persons_TenantId_PersonId",
                        columns: x => new { x.TenantId, x.PersonId },
                        principalTable: "Persons",
                        principalColumns: new[] { "TenantId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlanChimeRatings",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Element = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Score = table.Column<int>(type: "integer", nullable: false),
                    RatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanChimeRatings", x => new { x.TenantId, x.Id });
                    table.ForeignKey(
                        name: "FK_PlanChimeRatings_Persons_TenantId_PersonId",
                        columns: x => new { x.TenantId, x.PersonId },
                        principalTable: "Persons",
                        principalColumns: new[] { "TenantId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlanDecisions",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Question = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Options = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    WhatMattersToMe = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Choice = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    ReviewOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    WrittenBy_At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    WrittenBy_Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    WrittenBy_Role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    WrittenBy_UserId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanDecisions", x => new { x.TenantId, x.Id });
                    table.ForeignKey(
                        name: "FK_PlanDecisions_Persons_TenantId_PersonId",
                        columns: x => new { x.TenantId, x.PersonId },
                        principalTable: "Persons",
                        principalColumns: new[] { "TenantId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlanMeetings",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Participants = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Agreed = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    PersonAttended = table.Column<bool>(type: "boolean", nullable: false),
                    NextReview = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    WrittenBy_At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    WrittenBy_Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    WrittenBy_Role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    WrittenBy_UserId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanMeetings", x => new { x.TenantId, x.Id });
                    table.ForeignKey(
                        name: "FK_PlanMeetings_Persons_TenantId_PersonId",
                        columns: x => new { x.TenantId, x.PersonId },
                        principalTable: "Persons",
                        principalColumns: new[] { "TenantId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlanResources",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Text = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    WrittenBy_At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    WrittenBy_Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    WrittenBy_Role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    WrittenBy_UserId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanResources", x => new { x.TenantId, x.Id });
                    table.ForeignKey(
                        name: "FK_PlanResources_Persons_TenantId_PersonId",
                        columns: x => new { x.TenantId, x.PersonId },
                        principalTable: "Persons",
                        principalColumns: new[] { "TenantId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlanValues",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Chosen = table.Column<List<string>>(type: "text[]", nullable: false),
                    Kept = table.Column<List<string>>(type: "text[]", nullable: false),
                    Reflection = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    UpdatedBy_At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy_Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    UpdatedBy_Role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    UpdatedBy_UserId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanValues", x => new { x.TenantId, x.PersonId });
                    table.ForeignKey(
                        name: "FK_PlanValues_Persons_TenantId_PersonId",
                        columns: x => new { x.TenantId, x.PersonId },
                        principalTable: "Persons",
                        principalColumns: new[] { "TenantId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlanWarningSigns",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    EarlySigns = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    WhatIDo = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    WhatOthersDo = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    WhoToCall = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    CrisisNumbers = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    UpdatedBy_At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy_Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    UpdatedBy_Role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    UpdatedBy_UserId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanWarningSigns", x => new { x.TenantId, x.PersonId });
                    table.ForeignKey(
                        name: "FK_PlanWarningSigns_Persons_TenantId_PersonId",
                        columns: x => new { x.TenantId, x.PersonId },
                        principalTable: "Persons",
                        principalColumns: new[] { "TenantId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PlanChimeRatings_TenantId_PersonId_RatedAt",
                table: "PlanChimeRatings",
                columns: new[] { "TenantId", "PersonId", "RatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PlanDecisions_TenantId_PersonId",
                table: "PlanDecisions",
                columns: new[] { "TenantId", "PersonId" });

            migrationBuilder.CreateIndex(
                name: "IX_PlanMeetings_TenantId_PersonId_Date",
                table: "PlanMeetings",
                columns: new[] { "TenantId", "PersonId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_PlanResources_TenantId_PersonId",
                table: "PlanResources",
                columns: new[] { "TenantId", "PersonId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PlanActivity");

            migrationBuilder.DropTable(
                name: "PlanChimeNotes");

            migrationBuilder.DropTable(
                name: "PlanChimeRatings");

            migrationBuilder.DropTable(
                name: "PlanDecisions");

            migrationBuilder.DropTable(
                name: "PlanMeetings");

            migrationBuilder.DropTable(
                name: "PlanResources");

            migrationBuilder.DropTable(
                name: "PlanValues");

            migrationBuilder.DropTable(
                name: "PlanWarningSigns");
        }
    }
}

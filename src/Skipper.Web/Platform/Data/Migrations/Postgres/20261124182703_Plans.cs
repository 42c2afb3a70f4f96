using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Skipper.Web.Platform.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Plans : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PlanGoals",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    WhoHelps = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Origin = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    AnsweredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    WrittenBy_At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    WrittenBy_Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    WrittenBy_Role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    WrittenBy_UserId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanGoals", x => new { x.TenantId, x.Id });
                    table.ForeignKey(
                        name: "FK_PlanGoals_Persons_TenantId_PersonId",
                        columns: x => new { x.TenantId, x.PersonId },
                        principalTable: "Persons",
                        principalColumns: new[] { "TenantId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlanNotes",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    WhatMatters = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Dreams = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    UpdatedBy_At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy_Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    UpdatedBy_Role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    UpdatedBy_UserId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanNotes", x => new { x.TenantId, x.PersonId });
                    table.ForeignKey(
                        name: "FK_PlanNotes_Persons_TenantId_PersonId",
                        columns: x => new { x.TenantId, x.PersonId },
                        principalTable: "Persons",
                        principalColumns: new[] { "TenantId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlanGoalSteps",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    GoalId = table.Column<Guid>(type: "uuid", nullable: false),
                    Text = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Done = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    WrittenBy_At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    WrittenBy_Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    WrittenBy_Role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    WrittenBy_UserId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanGoalSteps", x => new { x.TenantId, x.Id });
                    table.ForeignKey(
                        name: "FK_PlanGoalSteps_PlanGoals_TenantId_GoalId",
                        columns: x => new { x.TenantId, x.GoalId },
                        principalTable: "PlanGoals",
                        principalColumns: new[] { "TenantId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PlanGoals_TenantId_PersonId",
                table: "PlanGoals",
                columns: new[] { "TenantId", "PersonId" });

            migrationBuilder.CreateIndex(
                name: "IX_PlanGoalSteps_TenantId_GoalId",
                table: "PlanGoalSteps",
                columns: new[] { "TenantId", "GoalId" });

            migrationBuilder.CreateIndex(
                name: "IX_PlanGoalSteps_TenantId_PersonId_GoalId",
                table: "PlanGoalSteps",
                columns: new[] { "TenantId", "PersonId", "GoalId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PlanGoalSteps");

            migrationBuilder.DropTable(
                name: "PlanNotes");

            migrationBuilder.DropTable(
                name: "PlanGoals");
        }
    }
}

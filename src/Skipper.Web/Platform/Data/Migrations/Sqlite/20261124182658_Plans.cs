using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Skipper.Web.Platform.Data.Migrations.Sqlite
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
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    WhoHelps = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Origin = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AnsweredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    WrittenBy_At = table.Column<long>(type: "INTEGER", nullable: false),
                    WrittenBy_Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    WrittenBy_Role = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    WrittenBy_UserId = table.Column<Guid>(type: "TEXT", nullable: false)
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
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    WhatMatters = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Dreams = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedBy_At = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedBy_Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UpdatedBy_Role = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    UpdatedBy_UserId = table.Column<Guid>(type: "TEXT", nullable: false)
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
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GoalId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Done = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    WrittenBy_At = table.Column<long>(type: "INTEGER", nullable: false),
                    WrittenBy_Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    WrittenBy_Role = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    WrittenBy_UserId = table.Column<Guid>(type: "TEXT", nullable: false)
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

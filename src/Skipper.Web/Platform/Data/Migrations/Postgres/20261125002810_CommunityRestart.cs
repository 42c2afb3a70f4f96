using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Skipper.Web.Platform.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CommunityRestart : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CommunityRestartRequests",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    DepartmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    EndedEpisodeId = table.Column<Guid>(type: "uuid", nullable: true),
                    RequestedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Message = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    FirstContactAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    FirstContactKind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    HandledByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    HandledBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    HandledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommunityRestartRequests", x => new { x.TenantId, x.Id });
                    table.ForeignKey(
                        name: "FK_CommunityRestartRequests_AspNetUsers_HandledByUserId",
                        column: x => x.HandledByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_CommunityRestartRequests_Departments_TenantId_DepartmentId",
                        columns: x => new { x.TenantId, x.DepartmentId },
                        principalTable: "Departments",
                        principalColumns: new[] { "TenantId", "Id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CommunityRestartRequests_Persons_TenantId_PersonId",
                        columns: x => new { x.TenantId, x.PersonId },
                        principalTable: "Persons",
                        principalColumns: new[] { "TenantId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CommunityRestartRequests_HandledByUserId",
                table: "CommunityRestartRequests",
                column: "HandledByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_CommunityRestartRequests_TenantId_DepartmentId_RequestedAt",
                table: "CommunityRestartRequests",
                columns: new[] { "TenantId", "DepartmentId", "RequestedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CommunityRestartRequests_TenantId_PersonId_EndedEpisodeId",
                table: "CommunityRestartRequests",
                columns: new[] { "TenantId", "PersonId", "EndedEpisodeId" },
                unique: true,
                filter: "\"FirstContactAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_CommunityRestartRequests_TenantId_PersonId_RequestedAt",
                table: "CommunityRestartRequests",
                columns: new[] { "TenantId", "PersonId", "RequestedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CommunityRestartRequests");
        }
    }
}

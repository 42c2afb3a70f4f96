using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Skipper.Web.Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CommunityCollege : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CommunityCourses",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    PeerTeacher = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ProfessionalTeacher = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Audience = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Organiser = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ProviderUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommunityCourses", x => new { x.TenantId, x.Id });
                    table.ForeignKey(
                        name: "FK_CommunityCourses_AspNetUsers_ProviderUserId",
                        column: x => x.ProviderUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_CommunityCourses_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CommunityCourseSessions",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CourseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StartsAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EndsAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommunityCourseSessions", x => new { x.TenantId, x.Id });
                    table.CheckConstraint("CK_CommunityCourseSessions_Capacity", "\"Capacity\" > 0");
                    table.ForeignKey(
                        name: "FK_CommunityCourseSessions_CommunityCourses_TenantId_CourseId",
                        columns: x => new { x.TenantId, x.CourseId },
                        principalTable: "CommunityCourses",
                        principalColumns: new[] { "TenantId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CommunityEnrolments",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SessionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AccountId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    ContactKey = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ChangedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CancelCodeHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommunityEnrolments", x => new { x.TenantId, x.Id });
                    table.ForeignKey(
                        name: "FK_CommunityEnrolments_AspNetUsers_AccountId",
                        column: x => x.AccountId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CommunityEnrolments_CommunityCourseSessions_TenantId_SessionId",
                        columns: x => new { x.TenantId, x.SessionId },
                        principalTable: "CommunityCourseSessions",
                        principalColumns: new[] { "TenantId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CommunityCourses_ProviderUserId",
                table: "CommunityCourses",
                column: "ProviderUserId");

            migrationBuilder.CreateIndex(
                name: "IX_CommunityCourses_TenantId_ProviderUserId",
                table: "CommunityCourses",
                columns: new[] { "TenantId", "ProviderUserId" });

            migrationBuilder.CreateIndex(
                name: "IX_CommunityCourseSessions_TenantId_CourseId",
                table: "CommunityCourseSessions",
                columns: new[] { "TenantId", "CourseId" });

            migrationBuilder.CreateIndex(
                name: "IX_CommunityCourseSessions_TenantId_StartsAt",
                table: "CommunityCourseSessions",
                columns: new[] { "TenantId", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CommunityEnrolments_AccountId",
                table: "CommunityEnrolments",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_CommunityEnrolments_TenantId_AccountId",
                table: "CommunityEnrolments",
                columns: new[] { "TenantId", "AccountId" });

            migrationBuilder.CreateIndex(
                name: "IX_CommunityEnrolments_TenantId_SessionId_AccountId",
                table: "CommunityEnrolments",
                columns: new[] { "TenantId", "SessionId", "AccountId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CommunityEnrolments_TenantId_SessionId_ContactKey",
                table: "CommunityEnrolments",
                columns: new[] { "TenantId", "SessionId", "ContactKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CommunityEnrolments_TenantId_SessionId_Number",
                table: "CommunityEnrolments",
                columns: new[] { "TenantId", "SessionId", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CommunityEnrolments");

            migrationBuilder.DropTable(
                name: "CommunityCourseSessions");

            migrationBuilder.DropTable(
                name: "CommunityCourses");
        }
    }
}

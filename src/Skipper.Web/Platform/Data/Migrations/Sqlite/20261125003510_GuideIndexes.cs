using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Skipper.Web.Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class GuideIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_GuideReflectionSessions_TenantId_LoggedBy_HeldOn",
                table: "GuideReflectionSessions",
                columns: new[] { "TenantId", "LoggedBy", "HeldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_GuideEthicsReflections_TenantId_CreatedBy",
                table: "GuideEthicsReflections",
                columns: new[] { "TenantId", "CreatedBy" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_GuideReflectionSessions_TenantId_LoggedBy_HeldOn",
                table: "GuideReflectionSessions");

            migrationBuilder.DropIndex(
                name: "IX_GuideEthicsReflections_TenantId_CreatedBy",
                table: "GuideEthicsReflections");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Skipper.Web.Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CommunityOffers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CommunityOfferOrganisations",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommunityOfferOrganisations", x => new { x.TenantId, x.Id });
                    table.ForeignKey(
                        name: "FK_CommunityOfferOrganisations_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CommunityOfferOrganisationMembers",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommunityOfferOrganisationMembers", x => new { x.TenantId, x.UserId });
                    table.ForeignKey(
                        name: "FK_CommunityOfferOrganisationMembers_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CommunityOfferOrganisationMembers_CommunityOfferOrganisations_TenantId_OrganisationId",
                        columns: x => new { x.TenantId, x.OrganisationId },
                        principalTable: "CommunityOfferOrganisations",
                        principalColumns: new[] { "TenantId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CommunityOffers",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    PlaceName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Municipality = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Schedule = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Cost = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Joining = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Accessibility = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Web = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LastCheckedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SearchText = table.Column<string>(type: "TEXT", maxLength: 6000, nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommunityOffers", x => new { x.TenantId, x.Id });
                    table.ForeignKey(
                        name: "FK_CommunityOffers_CommunityOfferOrganisations_TenantId_OrganisationId",
                        columns: x => new { x.TenantId, x.OrganisationId },
                        principalTable: "CommunityOfferOrganisations",
                        principalColumns: new[] { "TenantId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CommunityOfferExceptions",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OfferId = table.Column<Guid>(type: "TEXT", nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Closed = table.Column<bool>(type: "INTEGER", nullable: false),
                    From = table.Column<TimeOnly>(type: "TEXT", nullable: true),
                    To = table.Column<TimeOnly>(type: "TEXT", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommunityOfferExceptions", x => new { x.TenantId, x.Id });
                    table.ForeignKey(
                        name: "FK_CommunityOfferExceptions_CommunityOffers_TenantId_OfferId",
                        columns: x => new { x.TenantId, x.OfferId },
                        principalTable: "CommunityOffers",
                        principalColumns: new[] { "TenantId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CommunityOfferSlots",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OfferId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Day = table.Column<int>(type: "INTEGER", nullable: false),
                    From = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    To = table.Column<TimeOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommunityOfferSlots", x => new { x.TenantId, x.Id });
                    table.ForeignKey(
                        name: "FK_CommunityOfferSlots_CommunityOffers_TenantId_OfferId",
                        columns: x => new { x.TenantId, x.OfferId },
                        principalTable: "CommunityOffers",
                        principalColumns: new[] { "TenantId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CommunityOfferExceptions_TenantId_OfferId_On",
                table: "CommunityOfferExceptions",
                columns: new[] { "TenantId", "OfferId", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_CommunityOfferOrganisationMembers_TenantId_OrganisationId",
                table: "CommunityOfferOrganisationMembers",
                columns: new[] { "TenantId", "OrganisationId" });

            migrationBuilder.CreateIndex(
                name: "IX_CommunityOfferOrganisationMembers_UserId",
                table: "CommunityOfferOrganisationMembers",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_CommunityOfferOrganisations_TenantId_Name",
                table: "CommunityOfferOrganisations",
                columns: new[] { "TenantId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CommunityOffers_TenantId_Category",
                table: "CommunityOffers",
                columns: new[] { "TenantId", "Category" });

            migrationBuilder.CreateIndex(
                name: "IX_CommunityOffers_TenantId_OrganisationId",
                table: "CommunityOffers",
                columns: new[] { "TenantId", "OrganisationId" });

            migrationBuilder.CreateIndex(
                name: "IX_CommunityOfferSlots_TenantId_OfferId",
                table: "CommunityOfferSlots",
                columns: new[] { "TenantId", "OfferId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CommunityOfferExceptions");

            migrationBuilder.DropTable(
                name: "CommunityOfferOrganisationMembers");

            migrationBuilder.DropTable(
                name: "CommunityOfferSlots");

            migrationBuilder.DropTable(
                name: "CommunityOffers");

            migrationBuilder.DropTable(
                name: "CommunityOfferOrganisations");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Skipper.Web.Platform.Data.Migrations.Postgres
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
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Type = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false)
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
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false)
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
                        name: "FK_CommunityOfferOrganisationMembers_CommunityOfferOrganisatio~",
                        columns: x => new { x.TenantId, x.OrganisationId },
                        principalTable: "CommunityOfferOrganisations",
                        principalColumns: new[] { "TenantId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CommunityOffers",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Category = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    PlaceName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Address = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Municipality = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Schedule = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Cost = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Joining = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Accessibility = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Phone = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Email = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Web = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    LastCheckedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    SearchText = table.Column<string>(type: "character varying(6000)", maxLength: 6000, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommunityOffers", x => new { x.TenantId, x.Id });
                    table.ForeignKey(
                        name: "FK_CommunityOffers_CommunityOfferOrganisations_TenantId_Organi~",
                        columns: x => new { x.TenantId, x.OrganisationId },
                        principalTable: "CommunityOfferOrganisations",
                        principalColumns: new[] { "TenantId", "Id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CommunityOfferExceptions",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OfferId = table.Column<Guid>(type: "uuid", nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    Closed = table.Column<bool>(type: "boolean", nullable: false),
                    From = table.Column<TimeOnly>(type: "time without time zone", nullable: true),
                    To = table.Column<TimeOnly>(type: "time without time zone", nullable: true),
                    Note = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
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
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OfferId = table.Column<Guid>(type: "uuid", nullable: false),
                    Day = table.Column<int>(type: "integer", nullable: false),
                    From = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    To = table.Column<TimeOnly>(type: "time without time zone", nullable: false)
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

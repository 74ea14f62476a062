using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Steward.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ConsentEverywhere : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CollectionPoint",
                table: "consent_records",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NoticeSha256",
                table: "consent_records",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Reason",
                table: "consent_records",
                type: "TEXT",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Site",
                table: "consent_records",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "VisitorId",
                table: "consent_records",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "marketing_campaigns",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Topic = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    Link = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_marketing_campaigns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "marketing_deliveries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CampaignId = table.Column<long>(type: "INTEGER", nullable: false),
                    SubjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ClaimedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Tracked = table.Column<bool>(type: "INTEGER", nullable: false),
                    OpenedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ClickedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_marketing_deliveries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "marketing_suppressions",
                columns: table => new
                {
                    SubjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Since = table.Column<long>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_marketing_suppressions", x => x.SubjectId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_consent_records_VisitorId_Id",
                table: "consent_records",
                columns: new[] { "VisitorId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_marketing_deliveries_CampaignId_State",
                table: "marketing_deliveries",
                columns: new[] { "CampaignId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_marketing_deliveries_CampaignId_SubjectId",
                table: "marketing_deliveries",
                columns: new[] { "CampaignId", "SubjectId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_marketing_deliveries_TokenHash",
                table: "marketing_deliveries",
                column: "TokenHash",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "marketing_campaigns");

            migrationBuilder.DropTable(
                name: "marketing_deliveries");

            migrationBuilder.DropTable(
                name: "marketing_suppressions");

            migrationBuilder.DropIndex(
                name: "IX_consent_records_VisitorId_Id",
                table: "consent_records");

            migrationBuilder.DropColumn(
                name: "CollectionPoint",
                table: "consent_records");

            migrationBuilder.DropColumn(
                name: "NoticeSha256",
                table: "consent_records");

            migrationBuilder.DropColumn(
                name: "Reason",
                table: "consent_records");

            migrationBuilder.DropColumn(
                name: "Site",
                table: "consent_records");

            migrationBuilder.DropColumn(
                name: "VisitorId",
                table: "consent_records");
        }
    }
}

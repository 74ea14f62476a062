using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Steward.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class MigrationPush : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_rights_package_links_CaseId",
                table: "rights_package_links");

            migrationBuilder.AddColumn<bool>(
                name: "OneUse",
                table: "rights_package_links",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateIndex(
                name: "IX_rights_package_links_CaseId_OneUse",
                table: "rights_package_links",
                columns: new[] { "CaseId", "OneUse" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_rights_package_links_CaseId_OneUse",
                table: "rights_package_links");

            migrationBuilder.DropColumn(
                name: "OneUse",
                table: "rights_package_links");

            migrationBuilder.CreateIndex(
                name: "IX_rights_package_links_CaseId",
                table: "rights_package_links",
                column: "CaseId",
                unique: true);
        }
    }
}

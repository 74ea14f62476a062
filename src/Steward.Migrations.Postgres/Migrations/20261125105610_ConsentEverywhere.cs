using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Steward.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ConsentEverywhere : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<Guid>(
                name: "SubjectId",
                table: "consent_records",
                type: "uuid",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "uuid");

            migrationBuilder.AddColumn<string>(
                name: "CollectionPoint",
                table: "consent_records",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NoticeSha256",
                table: "consent_records",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Reason",
                table: "consent_records",
                type: "character varying(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Site",
                table: "consent_records",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "VisitorId",
                table: "consent_records",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_consent_records_VisitorId_Id",
                table: "consent_records",
                columns: new[] { "VisitorId", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
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

            migrationBuilder.AlterColumn<Guid>(
                name: "SubjectId",
                table: "consent_records",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "uuid",
                oldNullable: true);
        }
    }
}

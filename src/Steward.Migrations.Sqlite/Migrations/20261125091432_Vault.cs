using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Steward.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Vault : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "vault_subjects",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ErasedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_vault_subjects", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "visit_counts",
                columns: table => new
                {
                    Site = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Page = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Count = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_visit_counts", x => new { x.Site, x.Page, x.Day });
                });

            migrationBuilder.CreateTable(
                name: "vault_fields",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SubjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    KeyVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    Ciphertext = table.Column<byte[]>(type: "BLOB", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_vault_fields", x => x.Id);
                    table.ForeignKey(
                        name: "FK_vault_fields_vault_subjects_SubjectId",
                        column: x => x.SubjectId,
                        principalTable: "vault_subjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "vault_keys",
                columns: table => new
                {
                    SubjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    KeyVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    KekVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    WrappedKey = table.Column<byte[]>(type: "BLOB", maxLength: 60, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_vault_keys", x => x.SubjectId);
                    table.ForeignKey(
                        name: "FK_vault_keys_vault_subjects_SubjectId",
                        column: x => x.SubjectId,
                        principalTable: "vault_subjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "vault_lookups",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FieldId = table.Column<long>(type: "INTEGER", nullable: false),
                    SubjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Hash = table.Column<byte[]>(type: "BLOB", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_vault_lookups", x => x.Id);
                    table.ForeignKey(
                        name: "FK_vault_lookups_vault_fields_FieldId",
                        column: x => x.FieldId,
                        principalTable: "vault_fields",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_vault_fields_SubjectId_Category_Name",
                table: "vault_fields",
                columns: new[] { "SubjectId", "Category", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_vault_keys_KekVersion",
                table: "vault_keys",
                column: "KekVersion");

            migrationBuilder.CreateIndex(
                name: "IX_vault_lookups_FieldId",
                table: "vault_lookups",
                column: "FieldId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_vault_lookups_Hash",
                table: "vault_lookups",
                column: "Hash");

            migrationBuilder.CreateIndex(
                name: "IX_vault_lookups_SubjectId",
                table: "vault_lookups",
                column: "SubjectId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "vault_keys");

            migrationBuilder.DropTable(
                name: "vault_lookups");

            migrationBuilder.DropTable(
                name: "visit_counts");

            migrationBuilder.DropTable(
                name: "vault_fields");

            migrationBuilder.DropTable(
                name: "vault_subjects");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Steward.Migrations.Postgres.Migrations
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ErasedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_vault_subjects", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "visit_counts",
                columns: table => new
                {
                    Site = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Page = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    Count = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_visit_counts", x => new { x.Site, x.Page, x.Day });
                });

            migrationBuilder.CreateTable(
                name: "vault_fields",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SubjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    Category = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    KeyVersion = table.Column<int>(type: "integer", nullable: false),
                    Ciphertext = table.Column<byte[]>(type: "bytea", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
                    SubjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    KeyVersion = table.Column<int>(type: "integer", nullable: false),
                    KekVersion = table.Column<int>(type: "integer", nullable: false),
                    WrappedKey = table.Column<byte[]>(type: "bytea", maxLength: 60, nullable: false)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FieldId = table.Column<long>(type: "bigint", nullable: false),
                    SubjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    Hash = table.Column<byte[]>(type: "bytea", maxLength: 32, nullable: false)
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

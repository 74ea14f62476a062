using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Steward.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CollectionPoints : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "collection_submissions",
                columns: table => new
                {
                    IdempotencyKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PointId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SubjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_collection_submissions", x => x.IdempotencyKey);
                });

            migrationBuilder.CreateTable(
                name: "pending_guardian_consents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    JuvenileId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GuardianId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TokenHash = table.Column<byte[]>(type: "BLOB", maxLength: 32, nullable: false),
                    RequestedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ConfirmedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ErasedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pending_guardian_consents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "person_accounts",
                columns: table => new
                {
                    SubjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PasswordHash = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ConfirmTokenHash = table.Column<byte[]>(type: "BLOB", maxLength: 32, nullable: true),
                    EmailConfirmedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_person_accounts", x => x.SubjectId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_collection_submissions_SubjectId",
                table: "collection_submissions",
                column: "SubjectId");

            migrationBuilder.CreateIndex(
                name: "IX_pending_guardian_consents_ExpiresAt",
                table: "pending_guardian_consents",
                column: "ExpiresAt");

            migrationBuilder.CreateIndex(
                name: "IX_pending_guardian_consents_JuvenileId",
                table: "pending_guardian_consents",
                column: "JuvenileId");

            migrationBuilder.CreateIndex(
                name: "IX_pending_guardian_consents_TokenHash",
                table: "pending_guardian_consents",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_person_accounts_ConfirmTokenHash",
                table: "person_accounts",
                column: "ConfirmTokenHash",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "collection_submissions");

            migrationBuilder.DropTable(
                name: "pending_guardian_consents");

            migrationBuilder.DropTable(
                name: "person_accounts");
        }
    }
}

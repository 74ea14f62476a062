using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Steward.Migrations.Postgres.Migrations
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
                    IdempotencyKey = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    PointId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SubjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_collection_submissions", x => x.IdempotencyKey);
                });

            migrationBuilder.CreateTable(
                name: "pending_guardian_consents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    JuvenileId = table.Column<Guid>(type: "uuid", nullable: false),
                    GuardianId = table.Column<Guid>(type: "uuid", nullable: false),
                    TokenHash = table.Column<byte[]>(type: "bytea", maxLength: 32, nullable: false),
                    RequestedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ExpiresAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ConfirmedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ErasedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pending_guardian_consents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "person_accounts",
                columns: table => new
                {
                    SubjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    PasswordHash = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ConfirmTokenHash = table.Column<byte[]>(type: "bytea", maxLength: 32, nullable: true),
                    EmailConfirmedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
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

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Steward.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Careers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "careers_postings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OwnerId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    SiteId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    TitleEn = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    TitleZh = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DescriptionEn = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    DescriptionZh = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    Open = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_careers_postings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "careers_applications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PostingId = table.Column<Guid>(type: "uuid", nullable: false),
                    SubjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    SubmissionKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    NoticeVersion = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Language = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    HasResume = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_careers_applications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_careers_applications_careers_postings_PostingId",
                        column: x => x.PostingId,
                        principalTable: "careers_postings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_careers_applications_PostingId_SubmittedAt",
                table: "careers_applications",
                columns: new[] { "PostingId", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_careers_applications_SubmissionKey",
                table: "careers_applications",
                column: "SubmissionKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_careers_postings_OwnerId",
                table: "careers_postings",
                column: "OwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_careers_postings_SiteId_Open",
                table: "careers_postings",
                columns: new[] { "SiteId", "Open" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "careers_applications");

            migrationBuilder.DropTable(
                name: "careers_postings");
        }
    }
}

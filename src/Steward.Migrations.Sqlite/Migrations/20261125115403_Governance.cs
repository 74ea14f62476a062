using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Steward.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Governance : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "breaches",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AwareAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RegisteredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Nature = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Consequences = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Measures = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    AdviceToPeople = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Categories = table.Column<string>(type: "TEXT", nullable: false),
                    Risk = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    RiskReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    AssessedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AuthorityNotifiedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LateReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    PeopleNotifiedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    PeopleNotified = table.Column<int>(type: "INTEGER", nullable: false),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ClosingNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_breaches", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "notice_changes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SiteId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Version = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PreviousVersion = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Material = table.Column<bool>(type: "INTEGER", nullable: false),
                    EffectiveAt = table.Column<long>(type: "INTEGER", nullable: false),
                    MarkedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    MarkedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AnnouncedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Announced = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_notice_changes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "notice_readings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SubjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SiteId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Version = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ShownAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AcceptedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_notice_readings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "retention_category_holds",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Category = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    PlacedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Until = table.Column<long>(type: "INTEGER", nullable: true),
                    ReleasedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_retention_category_holds", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "retention_erasures",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SubjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Rule = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Shredded = table.Column<bool>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_retention_erasures", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "retention_events",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SubjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Event = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_retention_events", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "sharing_consents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SubjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Recipient = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Scope = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    GivenAt = table.Column<long>(type: "INTEGER", nullable: false),
                    WithdrawnAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sharing_consents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "sharing_disclosures",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SubjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Recipient = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Ground = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Flow = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Categories = table.Column<string>(type: "TEXT", nullable: false),
                    Form = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Origin = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Mechanism = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    LegalReference = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    AuditIndex = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sharing_disclosures", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "sharing_pseudonym_keys",
                columns: table => new
                {
                    Recipient = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Key = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sharing_pseudonym_keys", x => x.Recipient);
                });

            migrationBuilder.CreateTable(
                name: "sharing_recipients",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NameZh = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Country = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Purposes = table.Column<string>(type: "TEXT", nullable: false),
                    Categories = table.Column<string>(type: "TEXT", nullable: false),
                    Grounds = table.Column<string>(type: "TEXT", nullable: false),
                    RegisteredAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sharing_recipients", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "work_leases",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Holder = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_work_leases", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "breach_reminders",
                columns: table => new
                {
                    BreachId = table.Column<long>(type: "INTEGER", nullable: false),
                    Hours = table.Column<int>(type: "INTEGER", nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_breach_reminders", x => new { x.BreachId, x.Hours });
                    table.ForeignKey(
                        name: "FK_breach_reminders_breaches_BreachId",
                        column: x => x.BreachId,
                        principalTable: "breaches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "breach_subjects",
                columns: table => new
                {
                    BreachId = table.Column<long>(type: "INTEGER", nullable: false),
                    SubjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Region = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    NotifiedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_breach_subjects", x => new { x.BreachId, x.SubjectId });
                    table.ForeignKey(
                        name: "FK_breach_subjects_breaches_BreachId",
                        column: x => x.BreachId,
                        principalTable: "breaches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "breach_updates",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BreachId = table.Column<long>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_breach_updates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_breach_updates_breaches_BreachId",
                        column: x => x.BreachId,
                        principalTable: "breaches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "sharing_agreements",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RecipientId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    SignedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ExpiresOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sharing_agreements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_sharing_agreements_sharing_recipients_RecipientId",
                        column: x => x.RecipientId,
                        principalTable: "sharing_recipients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_breach_updates_BreachId",
                table: "breach_updates",
                column: "BreachId");

            migrationBuilder.CreateIndex(
                name: "IX_notice_changes_SiteId_Version",
                table: "notice_changes",
                columns: new[] { "SiteId", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_notice_readings_SubjectId_SiteId",
                table: "notice_readings",
                columns: new[] { "SubjectId", "SiteId" });

            migrationBuilder.CreateIndex(
                name: "IX_retention_erasures_SubjectId_Rule",
                table: "retention_erasures",
                columns: new[] { "SubjectId", "Rule" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_retention_events_Event_At",
                table: "retention_events",
                columns: new[] { "Event", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_retention_events_SubjectId",
                table: "retention_events",
                column: "SubjectId");

            migrationBuilder.CreateIndex(
                name: "IX_sharing_agreements_RecipientId",
                table: "sharing_agreements",
                column: "RecipientId");

            migrationBuilder.CreateIndex(
                name: "IX_sharing_consents_SubjectId_Recipient",
                table: "sharing_consents",
                columns: new[] { "SubjectId", "Recipient" });

            migrationBuilder.CreateIndex(
                name: "IX_sharing_disclosures_At",
                table: "sharing_disclosures",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_sharing_disclosures_SubjectId",
                table: "sharing_disclosures",
                column: "SubjectId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "breach_reminders");

            migrationBuilder.DropTable(
                name: "breach_subjects");

            migrationBuilder.DropTable(
                name: "breach_updates");

            migrationBuilder.DropTable(
                name: "notice_changes");

            migrationBuilder.DropTable(
                name: "notice_readings");

            migrationBuilder.DropTable(
                name: "retention_category_holds");

            migrationBuilder.DropTable(
                name: "retention_erasures");

            migrationBuilder.DropTable(
                name: "retention_events");

            migrationBuilder.DropTable(
                name: "sharing_agreements");

            migrationBuilder.DropTable(
                name: "sharing_consents");

            migrationBuilder.DropTable(
                name: "sharing_disclosures");

            migrationBuilder.DropTable(
                name: "sharing_pseudonym_keys");

            migrationBuilder.DropTable(
                name: "work_leases");

            migrationBuilder.DropTable(
                name: "breaches");

            migrationBuilder.DropTable(
                name: "sharing_recipients");
        }
    }
}

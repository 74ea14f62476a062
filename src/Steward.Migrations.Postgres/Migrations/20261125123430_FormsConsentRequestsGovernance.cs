using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Steward.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class FormsConsentRequestsGovernance : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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

            migrationBuilder.CreateTable(
                name: "breaches",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AwareAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RegisteredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Nature = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Consequences = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Measures = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    AdviceToPeople = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Categories = table.Column<List<string>>(type: "text[]", nullable: false),
                    Risk = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    RiskReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    AssessedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    AuthorityNotifiedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LateReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    PeopleNotifiedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    PeopleNotified = table.Column<int>(type: "integer", nullable: false),
                    ClosedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ClosingNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_breaches", x => x.Id);
                });

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
                name: "marketing_campaigns",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Topic = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Language = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Subject = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Body = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    Link = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    CreatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_marketing_campaigns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "marketing_deliveries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CampaignId = table.Column<long>(type: "bigint", nullable: false),
                    SubjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    TokenHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    State = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ClaimedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    SentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Tracked = table.Column<bool>(type: "boolean", nullable: false),
                    OpenedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ClickedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_marketing_deliveries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "marketing_suppressions",
                columns: table => new
                {
                    SubjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    Since = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Reason = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_marketing_suppressions", x => x.SubjectId);
                });

            migrationBuilder.CreateTable(
                name: "notice_changes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SiteId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Version = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    PreviousVersion = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Material = table.Column<bool>(type: "boolean", nullable: false),
                    EffectiveAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    MarkedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    MarkedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AnnouncedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Announced = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_notice_changes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "notice_readings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SubjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    SiteId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Version = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ShownAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    AcceptedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_notice_readings", x => x.Id);
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

            migrationBuilder.CreateTable(
                name: "retention_category_holds",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Category = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Reason = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    PlacedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Until = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ReleasedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_retention_category_holds", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "retention_erasures",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SubjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    Rule = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Action = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Shredded = table.Column<bool>(type: "boolean", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_retention_erasures", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "retention_events",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SubjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    Event = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Purpose = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_retention_events", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "rights_cases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Reference = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Channel = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SubjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    Purpose = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Field = table.Column<string>(type: "character varying(210)", maxLength: 210, nullable: true),
                    Destination = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Region = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Language = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    State = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Step = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DueAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ExtendedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ExtensionReason = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    RemindedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    EscalatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ClosedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DeclineReason = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    KeptUnderHold = table.Column<bool>(type: "boolean", nullable: false),
                    AssignedTo = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    ProofRequested = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    Categories = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rights_cases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "rights_request_verifications",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TokenHash = table.Column<byte[]>(type: "bytea", maxLength: 32, nullable: false),
                    CodeHash = table.Column<byte[]>(type: "bytea", maxLength: 32, nullable: false),
                    SubjectId = table.Column<Guid>(type: "uuid", nullable: true),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Purpose = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Region = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Language = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    ExpiresAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    UsedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rights_request_verifications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "sharing_consents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SubjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    Recipient = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Scope = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    GivenAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    WithdrawnAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sharing_consents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "sharing_disclosures",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SubjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    Recipient = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Ground = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Flow = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Purpose = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Categories = table.Column<List<string>>(type: "text[]", nullable: false),
                    Form = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Origin = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Mechanism = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    LegalReference = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Actor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    AuditIndex = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sharing_disclosures", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "sharing_pseudonym_keys",
                columns: table => new
                {
                    Recipient = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Key = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sharing_pseudonym_keys", x => x.Recipient);
                });

            migrationBuilder.CreateTable(
                name: "sharing_recipients",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    NameEn = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    NameZh = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Country = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Purposes = table.Column<List<string>>(type: "text[]", nullable: false),
                    Categories = table.Column<List<string>>(type: "text[]", nullable: false),
                    Grounds = table.Column<List<string>>(type: "text[]", nullable: false),
                    RegisteredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sharing_recipients", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "webhook_subscriptions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Recipient = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Url = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Secret = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Active = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_webhook_subscriptions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "work_leases",
                columns: table => new
                {
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Holder = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ExpiresAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_work_leases", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "breach_reminders",
                columns: table => new
                {
                    BreachId = table.Column<long>(type: "bigint", nullable: false),
                    Hours = table.Column<int>(type: "integer", nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
                    BreachId = table.Column<long>(type: "bigint", nullable: false),
                    SubjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    Region = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    NotifiedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    BreachId = table.Column<long>(type: "bigint", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Actor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false)
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

            migrationBuilder.CreateTable(
                name: "rights_case_events",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Actor = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Action = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    From = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    To = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rights_case_events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_rights_case_events_rights_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "rights_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "rights_package_links",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    TokenHash = table.Column<byte[]>(type: "bytea", maxLength: 32, nullable: false),
                    ExpiresAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Downloads = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rights_package_links", x => x.Id);
                    table.ForeignKey(
                        name: "FK_rights_package_links_rights_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "rights_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "sharing_agreements",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RecipientId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Reference = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    SignedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ExpiresOn = table.Column<DateOnly>(type: "date", nullable: true)
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

            migrationBuilder.CreateTable(
                name: "webhook_deliveries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MessageId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SubscriptionId = table.Column<long>(type: "bigint", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: true),
                    EventType = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Payload = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    State = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    NextAttemptAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DeliveredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LastError = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_webhook_deliveries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_webhook_deliveries_webhook_subscriptions_SubscriptionId",
                        column: x => x.SubscriptionId,
                        principalTable: "webhook_subscriptions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_consent_records_VisitorId_Id",
                table: "consent_records",
                columns: new[] { "VisitorId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_audit_entries_SubjectId",
                table: "audit_entries",
                column: "SubjectId");

            migrationBuilder.CreateIndex(
                name: "IX_breach_updates_BreachId",
                table: "breach_updates",
                column: "BreachId");

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

            migrationBuilder.CreateIndex(
                name: "IX_collection_submissions_SubjectId",
                table: "collection_submissions",
                column: "SubjectId");

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
                name: "IX_rights_case_events_CaseId_Id",
                table: "rights_case_events",
                columns: new[] { "CaseId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_rights_cases_Reference",
                table: "rights_cases",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_rights_cases_State_DueAt",
                table: "rights_cases",
                columns: new[] { "State", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_rights_cases_SubjectId",
                table: "rights_cases",
                column: "SubjectId");

            migrationBuilder.CreateIndex(
                name: "IX_rights_package_links_CaseId",
                table: "rights_package_links",
                column: "CaseId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_rights_package_links_TokenHash",
                table: "rights_package_links",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_rights_request_verifications_TokenHash",
                table: "rights_request_verifications",
                column: "TokenHash",
                unique: true);

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

            migrationBuilder.CreateIndex(
                name: "IX_webhook_deliveries_CaseId_SubscriptionId_EventType",
                table: "webhook_deliveries",
                columns: new[] { "CaseId", "SubscriptionId", "EventType" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_webhook_deliveries_MessageId",
                table: "webhook_deliveries",
                column: "MessageId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_webhook_deliveries_State_NextAttemptAt",
                table: "webhook_deliveries",
                columns: new[] { "State", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_webhook_deliveries_SubscriptionId",
                table: "webhook_deliveries",
                column: "SubscriptionId");

            migrationBuilder.CreateIndex(
                name: "IX_webhook_subscriptions_Recipient",
                table: "webhook_subscriptions",
                column: "Recipient");
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
                name: "careers_applications");

            migrationBuilder.DropTable(
                name: "collection_submissions");

            migrationBuilder.DropTable(
                name: "marketing_campaigns");

            migrationBuilder.DropTable(
                name: "marketing_deliveries");

            migrationBuilder.DropTable(
                name: "marketing_suppressions");

            migrationBuilder.DropTable(
                name: "notice_changes");

            migrationBuilder.DropTable(
                name: "notice_readings");

            migrationBuilder.DropTable(
                name: "pending_guardian_consents");

            migrationBuilder.DropTable(
                name: "person_accounts");

            migrationBuilder.DropTable(
                name: "retention_category_holds");

            migrationBuilder.DropTable(
                name: "retention_erasures");

            migrationBuilder.DropTable(
                name: "retention_events");

            migrationBuilder.DropTable(
                name: "rights_case_events");

            migrationBuilder.DropTable(
                name: "rights_package_links");

            migrationBuilder.DropTable(
                name: "rights_request_verifications");

            migrationBuilder.DropTable(
                name: "sharing_agreements");

            migrationBuilder.DropTable(
                name: "sharing_consents");

            migrationBuilder.DropTable(
                name: "sharing_disclosures");

            migrationBuilder.DropTable(
                name: "sharing_pseudonym_keys");

            migrationBuilder.DropTable(
                name: "webhook_deliveries");

            migrationBuilder.DropTable(
                name: "work_leases");

            migrationBuilder.DropTable(
                name: "breaches");

            migrationBuilder.DropTable(
                name: "careers_postings");

            migrationBuilder.DropTable(
                name: "rights_cases");

            migrationBuilder.DropTable(
                name: "sharing_recipients");

            migrationBuilder.DropTable(
                name: "webhook_subscriptions");

            migrationBuilder.DropIndex(
                name: "IX_consent_records_VisitorId_Id",
                table: "consent_records");

            migrationBuilder.DropIndex(
                name: "IX_audit_entries_SubjectId",
                table: "audit_entries");

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

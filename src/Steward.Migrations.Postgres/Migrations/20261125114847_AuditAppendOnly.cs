using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Steward.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AuditAppendOnly : Migration
    {
        private static readonly string[] AuditTables = ["audit_entries", "audit_checkpoints", "audit_tree_nodes", "audit_keys"];

        /// <summary>The audit log's tables refuse UPDATE and DELETE in the database itself: a mistaken
        /// or casual edit fails at once. Someone who owns the database can drop the triggers; the Merkle
        /// tree and the signed checkpoints still catch that (steward audit verify).</summary>
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE FUNCTION steward_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
                END $$;
                """);
            foreach (var table in AuditTables)
            {
                migrationBuilder.Sql($"CREATE TRIGGER {table}_no_change BEFORE UPDATE OR DELETE ON {table} FOR EACH ROW EXECUTE FUNCTION steward_audit_append_only();");
                migrationBuilder.Sql($"CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} FOR EACH STATEMENT EXECUTE FUNCTION steward_audit_append_only();");
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in AuditTables)
            {
                migrationBuilder.Sql($"DROP TRIGGER IF EXISTS {table}_no_change ON {table};");
                migrationBuilder.Sql($"DROP TRIGGER IF EXISTS {table}_no_truncate ON {table};");
            }
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS steward_audit_append_only();");
        }
    }
}

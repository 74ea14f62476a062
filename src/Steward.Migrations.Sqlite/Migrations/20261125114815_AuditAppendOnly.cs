using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Steward.Migrations.Sqlite.Migrations
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
            foreach (var table in AuditTables)
            {
                foreach (var change in new[] { "update", "delete" })
                {
                    migrationBuilder.Sql($"CREATE TRIGGER {table}_no_{change} BEFORE {change.ToUpperInvariant()} ON {table} BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END;");
                }
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in AuditTables)
            {
                migrationBuilder.Sql($"DROP TRIGGER IF EXISTS {table}_no_update;");
                migrationBuilder.Sql($"DROP TRIGGER IF EXISTS {table}_no_delete;");
            }
        }
    }
}

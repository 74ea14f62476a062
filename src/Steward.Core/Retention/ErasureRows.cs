using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Steward.Core.Catalogue.Model;
using Steward.Core.Storage;

namespace Steward.Core.Retention;

/// <summary>Writes a batch's <see cref="RetentionErasure"/> rows in one statement (EF would insert
/// them one at a time): from a JSON array on SQLite, from an array parameter on PostgreSQL. Called
/// after the batch's fields are deleted: a subject with no field left is marked erased whole.</summary>
internal static class ErasureRows
{
    private static readonly DateTimeOffsetToBinaryConverter SqliteTime = new();

    public static Task<int> InsertAsync(StewardDb db, IReadOnlyList<Guid> ids, string rule, RetentionAction action, DateTimeOffset at, CancellationToken ct)
    {
        const string columns = "INSERT INTO retention_erasures (\"SubjectId\", \"Rule\", \"Action\", \"Shredded\", \"At\") ";
        if (db.Database.ProviderName == StewardDb.SqliteProvider)
        {
            // EF keeps a Guid on SQLite as upper-case text and a DateTimeOffset as a sortable integer.
            var json = System.Text.Json.JsonSerializer.Serialize(ids.Select(id => id.ToString().ToUpperInvariant()));
            return db.Database.ExecuteSqlRawAsync(columns + "SELECT value, {0}, {1}, NOT EXISTS (SELECT 1 FROM vault_fields f WHERE f.\"SubjectId\" = value), {2} FROM json_each({3})",
                [rule, action.ToString(), SqliteTime.ConvertToProvider(at)!, json], ct);
        }
        return db.Database.ExecuteSqlRawAsync(columns + "SELECT i, {1}, {2}, NOT EXISTS (SELECT 1 FROM vault_fields f WHERE f.\"SubjectId\" = i), {3} FROM unnest({0}) AS i",
            [ids.ToArray(), rule, action.ToString(), at.ToUniversalTime()], ct);
    }
}

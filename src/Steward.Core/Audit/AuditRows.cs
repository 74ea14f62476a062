using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Steward.Core.Storage;

namespace Steward.Core.Audit;

/// <summary>Keys and checkpoints read with plain SQL: verify runs once per process, and EF Core's first
/// compilation of a LINQ query costs more than reading a thousand checkpoints.</summary>
internal static class AuditRows
{
    public static async Task<List<AuditKey>> KeysAsync(StewardDb db, CancellationToken cancellationToken)
    {
        var keys = new List<AuditKey>();
        await ReadAsync(db, """SELECT "KeyId", "PublicKey" FROM audit_keys""", reader =>
            keys.Add(new AuditKey { KeyId = reader.GetString(0), PublicKey = reader.GetFieldValue<byte[]>(1) }), cancellationToken);
        return keys;
    }

    public static async Task<List<AuditCheckpoint>> CheckpointsAsync(StewardDb db, CancellationToken cancellationToken)
    {
        var time = TimeReader(db, typeof(AuditCheckpoint), nameof(AuditCheckpoint.Time), 2);
        var checkpoints = new List<AuditCheckpoint>();
        await ReadAsync(db, """SELECT "TreeSize", "RootHash", "Time", "Signature", "KeyId" FROM audit_checkpoints ORDER BY "TreeSize" """, reader =>
            checkpoints.Add(new AuditCheckpoint
            {
                TreeSize = reader.GetInt64(0),
                RootHash = reader.GetFieldValue<byte[]>(1),
                Time = time(reader),
                Signature = reader.GetFieldValue<byte[]>(3),
                KeyId = reader.GetString(4),
            }), cancellationToken);
        return checkpoints;
    }

    /// <summary>A time column as the provider stores it: through Steward's value converter where there
    /// is one (SQLite keeps an integer), else as the provider's own DateTimeOffset (PostgreSQL timestamptz).</summary>
    public static Func<DbDataReader, DateTimeOffset> TimeReader(StewardDb db, Type entity, string property, int ordinal)
    {
        var converter = db.Model.FindEntityType(entity)!.FindProperty(property)!.GetTypeMapping().Converter;
        return converter is null
            ? reader => reader.GetFieldValue<DateTimeOffset>(ordinal)
            : reader => (DateTimeOffset)converter.ConvertFromProvider(reader.GetValue(ordinal))!;
    }

    private static async Task ReadAsync(StewardDb db, string sql, Action<DbDataReader> row, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = sql;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken)) row(reader);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}

using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Steward.Hosting;

namespace Steward.Tests.Audit;

/// <summary>Edits stored rows behind Steward's back, with plain SQL on its database, as its owner could:
/// first dropping the triggers that make the audit tables refuse UPDATE and DELETE.</summary>
internal static class Tampering
{
    private static readonly string[] AuditTables = ["audit_entries", "audit_checkpoints", "audit_tree_nodes", "audit_keys"];

    /// <summary>Switches off the append-only triggers of the database these settings name.</summary>
    public static async Task LiftGuardsAsync(StewardOptions options)
    {
        await using var db = Steward.Hosting.Storage.CreateDb(options);
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await LiftGuardsAsync(connection);
    }

    /// <summary>What only the database's owner can do: switch off the append-only triggers.</summary>
    public static async Task LiftGuardsAsync(DbConnection connection)
    {
        var sqlite = connection is Microsoft.Data.Sqlite.SqliteConnection;
        foreach (var table in AuditTables)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sqlite
                ? $"DROP TRIGGER IF EXISTS {table}_no_update; DROP TRIGGER IF EXISTS {table}_no_delete;"
                : $"ALTER TABLE {table} DISABLE TRIGGER USER;";
            await command.ExecuteNonQueryAsync();
        }
    }

    /// <summary>Flips one bit of the value in one row and column.</summary>
    public static async Task FlipAsync(StewardOptions options, string table, string column, string keyColumn, long key)
    {
        await using var db = Steward.Hosting.Storage.CreateDb(options);
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await LiftGuardsAsync(connection);
        var value = await RunAsync(connection, $"""SELECT "{column}" FROM {table} WHERE "{keyColumn}" = @key""", key);
        await RunAsync(connection, $"""UPDATE {table} SET "{column}" = @value WHERE "{keyColumn}" = @key""", key, Flip(value));
    }

    public static async Task ExecuteAsync(StewardOptions options, string sql)
    {
        await using var db = Steward.Hosting.Storage.CreateDb(options);
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await LiftGuardsAsync(connection);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    // Values as the providers hand them out: SQLite gives text for a Guid and an integer for a time.
    private static object Flip(object? value) => value switch
    {
        string s => (char)(s[0] ^ 1) + s[1..],
        long n => n ^ (n > 1L << 20 ? 1L << 20 : 1L), // a high bit of a stored time, the lowest bit of a count
        byte[] b => (byte[])[(byte)(b[0] ^ 1), .. b[1..]],
        Guid g => FlipGuid(g),
        DateTime t => t.AddMilliseconds(1),
        _ => throw new InvalidOperationException($"No way to flip a {value?.GetType().Name ?? "null"}."),
    };

    private static Guid FlipGuid(Guid g)
    {
        var bytes = g.ToByteArray();
        bytes[0] ^= 1;
        return new Guid(bytes);
    }

    private static async Task<object?> RunAsync(DbConnection connection, string sql, long key, object? value = null)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        AddParameter(command, "key", key);
        if (value is not null) AddParameter(command, "value", value);
        return await command.ExecuteScalarAsync();
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}

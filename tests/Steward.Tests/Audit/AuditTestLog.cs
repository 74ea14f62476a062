using System.Data.Common;
using Microsoft.Extensions.Logging.Abstractions;
using Steward.Core.Audit;
using Microsoft.EntityFrameworkCore;
using Steward.Core.Storage;
using Steward.Hosting;

namespace Steward.Tests.Audit;

/// <summary>An audit log on a migrated database, as Steward runs it, with its signing key in the data folder.</summary>
internal sealed class AuditTestLog : IAsyncDisposable
{
    private readonly Lazy<AuditSigningKey> _key;

    private AuditTestLog(StewardOptions options, AuditOptions audit, TimeProvider time)
    {
        Options = options;
        Audit = audit;
        _key = new(() => AuditSigningKey.LoadOrCreate(audit, options.DataFolder, NullLogger.Instance));
        Log = NewLog(time);
    }

    public StewardOptions Options { get; }
    public AuditOptions Audit { get; }
    public AuditLog Log { get; }
    public AuditSigningKey Key => _key.Value;

    public static async Task<AuditTestLog> StartAsync(StewardOptions options, AuditOptions? audit = null, TimeProvider? time = null)
    {
        await using (var db = Steward.Hosting.Storage.CreateDb(options)) await Steward.Hosting.Storage.MigrateAsync(db, options);
        return new AuditTestLog(options, audit ?? new AuditOptions(), time ?? TimeProvider.System);
    }

    /// <summary>Another writer on the same database, as a second Steward node would have.</summary>
    public AuditLog NewLog(TimeProvider? time = null) =>
        new(() => Steward.Hosting.Storage.CreateDb(Options), () => _key.Value, Audit, time ?? TimeProvider.System, NullLogger<AuditLog>.Instance);

    public StewardDb Db() => Steward.Hosting.Storage.CreateDb(Options);

    public async Task<AuditVerification> VerifyAsync()
    {
        await using var db = Db();
        return await new AuditVerifier(db).VerifyAsync(new HashSet<string> { Key.KeyId });
    }

    public static AuditRecord Record(int i) =>
        new($"staff:u-{i % 7}", "gate.decision", Guid.CreateVersion7(), i % 3 == 0 ? null : "recruitment", i % 2 == 0 ? "allowed" : "denied", $"rule-{i}");

    /// <summary>Flips one bit of one stored value with plain SQL, as someone with database access could.</summary>
    public async Task FlipAsync(string table, string column, string keyColumn, long key)
    {
        await using var db = Db();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var value = await ScalarAsync(connection, $"""SELECT "{column}" FROM {table} WHERE "{keyColumn}" = @key""", key);
        await ScalarAsync(connection, $"""UPDATE {table} SET "{column}" = @value WHERE "{keyColumn}" = @key""", key, Flip(value));
    }

    public async Task ExecuteAsync(string sql)
    {
        await using var db = Db();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static object Flip(object? value) => value switch
    {
        string s => (char)(s[0] ^ 1) + s[1..],
        long n => n ^ (1L << 20 < n ? 1L << 20 : 1L), // a high bit of a time, the lowest of a small count
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

    private static async Task<object?> ScalarAsync(DbConnection connection, string sql, long key, object? value = null)
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

    public async ValueTask DisposeAsync()
    {
        await Log.DisposeAsync();
        if (_key.IsValueCreated) _key.Value.Dispose();
    }
}

using Microsoft.Extensions.Logging.Abstractions;
using Steward.Core.Audit;
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
    public Task FlipAsync(string table, string column, string keyColumn, long key) => Tampering.FlipAsync(Options, table, column, keyColumn, key);

    public Task ExecuteAsync(string sql) => Tampering.ExecuteAsync(Options, sql);

    public async ValueTask DisposeAsync()
    {
        await Log.DisposeAsync();
        if (_key.IsValueCreated) _key.Value.Dispose();
    }
}

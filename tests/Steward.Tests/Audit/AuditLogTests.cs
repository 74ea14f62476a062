using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Steward.Core.Audit;
using Steward.Hosting;
using Steward.Tests.Infrastructure;

namespace Steward.Tests.Audit;

/// <summary>The audit log on every database Steward supports: appends are durable, ordered and
/// gap-free under concurrency, checkpoints are signed, and verify catches any edit of a stored row.</summary>
public abstract class AuditLogTests : IDisposable
{
    private readonly TempFolder _folder = new();

    /// <summary>Settings pointing at a new, empty database, with a data folder of its own.</summary>
    protected abstract Task<StewardOptions> NewDatabaseAsync(string dataFolder);

    private async Task<AuditTestLog> StartAsync(AuditOptions? audit = null, TimeProvider? time = null) =>
        await AuditTestLog.StartAsync(await NewDatabaseAsync(Path.Combine(_folder.Path, Guid.NewGuid().ToString("n"))), audit, time);

    [Fact]
    public async Task An_acknowledged_append_is_stored_in_order_with_every_field()
    {
        await using var audit = await StartAsync();
        var records = Enumerable.Range(0, 10).Select(AuditTestLog.Record).ToList();

        var indexes = new List<long>();
        foreach (var record in records) indexes.Add(await audit.Log.AppendAsync(record));

        Assert.Equal(Enumerable.Range(0, 10).Select(i => (long)i), indexes);
        // Read back through a connection of its own while the log is still running: acknowledged means committed.
        await using var db = audit.Db();
        var stored = await db.Set<AuditEntry>().OrderBy(e => e.Index).ToListAsync();
        Assert.Equal(records, stored.Select(e => e.Record));
        Assert.All(stored, e => Assert.Equal(MerkleTree.LeafHash(AuditEncoding.EntryBytes(e.Index, e.Time, e.Record)), e.LeafHash));
    }

    [Fact]
    public async Task Entries_of_one_subject_are_found_by_a_query_on_the_subject_id()
    {
        await using var audit = await StartAsync();
        var subject = Guid.NewGuid();
        await audit.Log.AppendAsync(AuditTestLog.Record(1));
        await audit.Log.AppendAsync(new AuditRecord("staff:u-1", "gate.decision", subject, "recruitment", "allowed", "rule-1"));
        await audit.Log.AppendAsync(new AuditRecord("staff:u-2", "vault.read", subject, "recruitment", null, null));

        // The writer stores ids the way EF Core queries them on each database (text on SQLite).
        await using var db = audit.Db();
        var found = await db.Set<AuditEntry>().Where(e => e.SubjectId == subject).OrderBy(e => e.Index).Select(e => e.Index).ToListAsync();
        Assert.Equal([1L, 2L], found);
    }

    [Theory]
    [InlineData("""UPDATE audit_entries SET "Reason" = 'edited' WHERE "Index" = 1""")]
    [InlineData("""DELETE FROM audit_entries WHERE "Index" = 1""")]
    [InlineData("""UPDATE audit_checkpoints SET "TreeSize" = 1""")]
    [InlineData("""DELETE FROM audit_checkpoints""")]
    [InlineData("""DELETE FROM audit_tree_nodes""")]
    [InlineData("""UPDATE audit_keys SET "PublicKey" = "PublicKey" """)]
    public async Task The_database_refuses_to_edit_or_delete_audit_rows(string sql)
    {
        await using var audit = await StartAsync();
        // 256 entries: enough for a stored subtree node (level 8) as well.
        await Task.WhenAll(Enumerable.Range(0, 256).Select(i => audit.Log.AppendAsync(AuditTestLog.Record(i)).AsTask()));
        await audit.Log.CheckpointAsync();

        await using var db = audit.Db();
        var refused = await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => db.Database.ExecuteSqlRawAsync(sql));
        Assert.Contains("append-only", refused.Message, StringComparison.Ordinal);
        Assert.Equal(256, await db.Set<AuditEntry>().CountAsync());
        Assert.NotEqual(0, await db.Set<AuditTreeNode>().CountAsync());
        Assert.True((await audit.VerifyAsync()).Passed);
    }

    [Fact]
    public async Task Concurrent_appends_from_many_tasks_form_a_gap_free_chain()
    {
        await using var audit = await StartAsync(new AuditOptions { CheckpointEveryEntries = 300 });

        var appended = await Task.WhenAll(Enumerable.Range(0, 40).Select(task => Task.Run(async () =>
        {
            var mine = new List<(long Index, string Reason)>();
            for (var i = 0; i < 50; i++)
            {
                var record = AuditTestLog.Record(i) with { Reason = $"task {task} append {i}" };
                mine.Add((await audit.Log.AppendAsync(record), record.Reason));
            }
            return mine;
        })));

        var all = appended.SelectMany(x => x).ToList();
        Assert.Equal(Enumerable.Range(0, 2000).Select(i => (long)i), all.Select(a => a.Index).Order());
        // Each task's own appends got increasing indexes: order of acknowledgement is order in the log.
        Assert.All(appended, mine => Assert.Equal(mine.Select(m => m.Index).Order(), mine.Select(m => m.Index)));
        await using var db = audit.Db();
        var reasons = await db.Set<AuditEntry>().ToDictionaryAsync(e => e.Index, e => e.Reason);
        Assert.All(all, a => Assert.Equal(a.Reason, reasons[a.Index]));
        var verification = await audit.VerifyAsync();
        Assert.True(verification.Passed, verification.Failure?.ToString());
        Assert.Equal(2000, verification.Entries);
    }

    [Fact]
    public async Task Two_writers_on_one_database_take_turns_without_breaking_the_chain()
    {
        await using var audit = await StartAsync(new AuditOptions { CheckpointEveryEntries = 64, MaxBatch = 50 });
        await using var second = audit.NewLog();

        var tasks = Enumerable.Range(0, 20).Select(task => Task.Run(async () =>
        {
            var log = task % 2 == 0 ? audit.Log : second;
            var indexes = new List<long>();
            for (var i = 0; i < 30; i++) indexes.Add(await log.AppendAsync(AuditTestLog.Record(i)));
            return indexes;
        }));
        var indexes = (await Task.WhenAll(tasks)).SelectMany(x => x).Order().ToList();
        await second.CheckpointAsync();

        Assert.Equal(Enumerable.Range(0, 600).Select(i => (long)i), indexes);
        var verification = await audit.VerifyAsync();
        Assert.True(verification.Passed, verification.Failure?.ToString());
        Assert.Equal(600, verification.LatestCheckpoint!.TreeSize);
        Assert.True(verification.Checkpoints >= 600 / 64, $"{verification.Checkpoints} checkpoints");
    }

    [Fact]
    public async Task A_new_writer_continues_the_chain_where_the_last_one_stopped()
    {
        var audit = await StartAsync(new AuditOptions { CheckpointEveryEntries = 100 });
        for (var i = 0; i < 300; i++) await audit.Log.AppendAsync(AuditTestLog.Record(i));
        await audit.Log.DisposeAsync();

        await using var next = audit.NewLog();
        Assert.Equal(300, await next.AppendAsync(AuditTestLog.Record(300)));
        Assert.Equal(301, (await next.CheckpointAsync())!.TreeSize);
        var verification = await audit.VerifyAsync();
        Assert.True(verification.Passed, verification.Failure?.ToString());
        Assert.Equal(4, verification.Checkpoints); // 100, 200, 300 and the one asked for
        await audit.DisposeAsync();
    }

    [Fact]
    public async Task A_checkpoint_is_signed_every_N_entries_and_on_demand()
    {
        await using var audit = await StartAsync(new AuditOptions { CheckpointEveryEntries = 100, MaxBatch = 10 });
        for (var i = 0; i < 250; i++) await audit.Log.AppendAsync(AuditTestLog.Record(i));

        await using (var db = audit.Db())
        {
            Assert.Equal([100L, 200L], await db.Set<AuditCheckpoint>().OrderBy(c => c.TreeSize).Select(c => c.TreeSize).ToListAsync());
        }
        var onDemand = await audit.Log.CheckpointAsync();
        Assert.Equal(250, onDemand!.TreeSize);
        Assert.Equal(audit.Key.KeyId, onDemand.KeyId);
        // Asked again with nothing new: the same checkpoint, not another one.
        Assert.Equal(250, (await audit.Log.CheckpointAsync())!.TreeSize);
        Assert.Equal(3, (await audit.VerifyAsync()).Checkpoints);
    }

    [Fact]
    public async Task A_checkpoint_is_signed_once_the_oldest_uncovered_entry_is_older_than_the_interval()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
        await using var audit = await StartAsync(new AuditOptions { CheckpointEveryEntries = 1_000_000, CheckpointInterval = TimeSpan.FromSeconds(60) }, clock);
        for (var i = 0; i < 3; i++) await audit.Log.AppendAsync(AuditTestLog.Record(i));
        Assert.Equal(0, await CheckpointCountAsync(audit));

        clock.Advance(TimeSpan.FromSeconds(61));

        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (await CheckpointCountAsync(audit) == 0 && DateTime.UtcNow < deadline) await Task.Delay(20);
        await using var db = audit.Db();
        var checkpoint = await db.Set<AuditCheckpoint>().SingleAsync();
        Assert.Equal(3, checkpoint.TreeSize);
        Assert.Equal(clock.GetUtcNow(), checkpoint.Time);
    }

    [Fact]
    public async Task Verify_passes_an_untouched_log_and_counts_what_it_checked()
    {
        await using var audit = await StartAsync(new AuditOptions { CheckpointEveryEntries = 100 });
        await Task.WhenAll(Enumerable.Range(0, 250).Select(i => audit.Log.AppendAsync(AuditTestLog.Record(i)).AsTask()));

        var verification = await audit.VerifyAsync();

        Assert.True(verification.Passed, verification.Failure?.ToString());
        Assert.Equal(250, verification.Entries);
        // Concurrent appends commit in batches, so checkpoints fall at the first batch end past each 100.
        Assert.Equal(await CheckpointCountAsync(audit), verification.Checkpoints);
        Assert.InRange(verification.LatestCheckpoint!.TreeSize, 100, 250);
        Assert.True(verification.KeysTrusted);
        Assert.Equal([audit.Key.KeyId], verification.KeyIds);
    }

    [Theory]
    [InlineData("Actor")]
    [InlineData("Action")]
    [InlineData("SubjectId")]
    [InlineData("Purpose")]
    [InlineData("Decision")]
    [InlineData("Reason")]
    [InlineData("Time")]
    [InlineData("LeafHash")]
    public async Task A_flipped_byte_in_any_field_of_an_entry_is_caught_and_named_by_its_index(string column)
    {
        await using var audit = await LogOf250Async();

        await audit.FlipAsync("audit_entries", column, "Index", 142);

        var failure = (await audit.VerifyAsync()).Failure;
        Assert.NotNull(failure);
        Assert.Equal((AuditFailureKind.Entry, 142L), (failure.Kind, failure.Index));
    }

    [Theory]
    [InlineData("RootHash", 200)]
    [InlineData("Time", 200)]
    [InlineData("Signature", 200)]
    [InlineData("KeyId", 200)]
    [InlineData("TreeSize", 201)] // the size read back is the flipped one
    public async Task A_flipped_byte_in_any_field_of_a_checkpoint_is_caught_and_named_by_its_tree_size(string column, long named)
    {
        await using var audit = await LogOf250Async();

        await audit.FlipAsync("audit_checkpoints", column, "TreeSize", 200);

        var failure = (await audit.VerifyAsync()).Failure;
        Assert.NotNull(failure);
        Assert.Equal((AuditFailureKind.Checkpoint, named), (failure.Kind, failure.Index));
    }

    [Fact]
    public async Task A_deleted_entry_is_caught_as_missing()
    {
        await using var audit = await LogOf250Async();

        await audit.ExecuteAsync("""DELETE FROM audit_entries WHERE "Index" = 77""");

        var failure = (await audit.VerifyAsync()).Failure;
        Assert.Equal("entry 77: is missing (the next stored entry is 78)", failure?.ToString());
    }

    [Fact]
    public async Task Entries_cut_off_the_end_are_caught_by_the_checkpoint_that_covered_them()
    {
        await using var audit = await LogOf250Async();

        await audit.ExecuteAsync("""DELETE FROM audit_entries WHERE "Index" >= 240""");

        var failure = (await audit.VerifyAsync()).Failure;
        Assert.Equal("checkpoint at tree size 250: it covers 250 entries, but the log holds 240", failure?.ToString());
    }

    /// <summary>250 entries, checkpoints at 100, 200 and 250.</summary>
    private async Task<AuditTestLog> LogOf250Async()
    {
        var audit = await StartAsync(new AuditOptions { CheckpointEveryEntries = 100, MaxBatch = 25 });
        for (var i = 0; i < 250; i++) await audit.Log.AppendAsync(AuditTestLog.Record(i));
        await audit.Log.CheckpointAsync();
        var before = await audit.VerifyAsync();
        Assert.True(before.Passed, before.Failure?.ToString());
        return audit;
    }

    private static async Task<int> CheckpointCountAsync(AuditTestLog audit)
    {
        await using var db = audit.Db();
        return await db.Set<AuditCheckpoint>().CountAsync();
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteAuditLogTests : AuditLogTests
{
    protected override Task<StewardOptions> NewDatabaseAsync(string dataFolder) =>
        Task.FromResult(new StewardOptions { DataFolder = dataFolder });
}

public sealed class PostgresAuditLogTests : AuditLogTests
{
    protected override async Task<StewardOptions> NewDatabaseAsync(string dataFolder)
    {
        var server = await PostgresServer.Shared;
        return new StewardOptions
        {
            DataFolder = dataFolder,
            Database = new DatabaseOptions { Provider = DatabaseProvider.Postgres, ConnectionString = await server.CreateDatabaseAsync() },
        };
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Steward.Core.Catalogue.Model;
using Steward.Core.Gate;
using Steward.Core.Retention;
using Steward.Core.Storage;
using Steward.Core.Vault;
using Steward.Hosting;
using Steward.Tests.Gate;
using Steward.Tests.Infrastructure;
using Steward.Tests.Vault;

namespace Steward.Tests.Retention;

/// <summary>The retention sweep over the default catalogue's rules (P5.3), on SQLite and on a real
/// PostgreSQL: what has expired is erased, holds keep what they hold, each subject is erased once
/// even by two sweeps at a time (a real process killed half-way: <see cref="RetentionKillTests"/>).</summary>
public abstract class RetentionSweepTests : IDisposable
{
    private static readonly string[] Account = ["contact.email", "account.login_id"];
    private readonly TempFolder _folder = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 6, 1, 8, 0, 0, TimeSpan.Zero));
    private readonly RecordingAuditTrail _audit = new();

    private protected abstract Task<StewardOptions> NewDatabaseAsync(TempFolder folder);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Dispose();
        GC.SuppressFinalize(this);
    }

    private async Task<StewardOptions> MigratedAsync()
    {
        var options = await NewDatabaseAsync(_folder);
        await using var db = Steward.Hosting.Storage.CreateDb(options);
        await Steward.Hosting.Storage.MigrateAsync(db, options);
        return options;
    }

    private RetentionSweep Sweep(StewardDb db, TimeProvider? time = null) =>
        new(db, GateFixture.Catalogue, new DatabaseLease(db, time ?? _clock), _audit, time ?? _clock);

    private DateTimeOffset Ago(TimeSpan span) => _clock.GetUtcNow() - span;

    [Fact]
    public async Task Expired_data_is_erased_and_holds_and_unexpired_rules_keep_what_they_keep()
    {
        var options = await MigratedAsync();
        await using var db = Steward.Hosting.Storage.CreateDb(options);
        var gone = await RetentionSeed.AddAsync(db, 3, "account_holder", Account, RetentionEvent.Deregistration, Ago(TimeSpan.FromDays(1)));
        var keepsConsent = await RetentionSeed.AddAsync(db, 1, "account_holder", ["contact.email", "consent.record"], RetentionEvent.Deregistration, Ago(TimeSpan.FromDays(1)));
        var active = await RetentionSeed.AddAsync(db, 2, "account_holder", Account, null, Ago(TimeSpan.FromDays(400)));
        var held = await RetentionSeed.AddAsync(db, 1, "account_holder", Account, RetentionEvent.Deregistration, Ago(TimeSpan.FromDays(1)));
        var holdEnded = await RetentionSeed.AddAsync(db, 1, "account_holder", Account, RetentionEvent.Deregistration, Ago(TimeSpan.FromDays(1)));
        db.Add(new LegalHold { SubjectId = held[0], Reason = "case 2026-17", PlacedAt = Ago(TimeSpan.FromDays(2)), Until = _clock.GetUtcNow().AddDays(30) });
        db.Add(new LegalHold { SubjectId = holdEnded[0], Reason = "case 2025-03", PlacedAt = Ago(TimeSpan.FromDays(90)), Until = Ago(TimeSpan.FromDays(1)) });
        await db.SaveChangesAsync();

        var dry = await Sweep(db).RunAsync(new RetentionRunOptions(DryRun: true));
        Assert.Equal(5, dry.Rules.Single(r => r.Rule == "account_data").Subjects);
        Assert.Equal(0, await db.Set<RetentionErasure>().CountAsync());

        var report = await Sweep(db).RunAsync(new RetentionRunOptions(BatchSize: 2));

        Assert.Equal(RetentionOutcome.Completed, report.Outcome);
        var accountData = report.Rules.Single(r => r.Rule == "account_data");
        Assert.Equal((5, 9, 4), (accountData.Subjects, accountData.Fields, accountData.Shredded));
        foreach (var id in gone.Concat(holdEnded))
        {
            Assert.NotNull((await db.Set<DataSubject>().SingleAsync(s => s.Id == id)).ErasedAt);
            Assert.False(await db.Set<SubjectKey>().AnyAsync(k => k.SubjectId == id));
            Assert.False(await db.Set<VaultField>().AnyAsync(f => f.SubjectId == id));
            Assert.False(await db.Set<VaultLookup>().AnyAsync(l => l.SubjectId == id));
        }
        Assert.Equal(["consent.record"], await db.Set<VaultField>().Where(f => f.SubjectId == keepsConsent[0]).Select(f => f.Category).ToListAsync());
        Assert.Null((await db.Set<DataSubject>().SingleAsync(s => s.Id == keepsConsent[0])).ErasedAt);
        foreach (var id in active.Concat(held))
            Assert.Equal(2, await db.Set<VaultField>().CountAsync(f => f.SubjectId == id));

        Assert.Equal(0, (await Sweep(db).RunAsync(new RetentionRunOptions())).Subjects);
    }

    [Fact]
    public async Task A_hold_on_a_category_keeps_its_fields_while_the_rest_expires()
    {
        var options = await MigratedAsync();
        await using var db = Steward.Hosting.Storage.CreateDb(options);
        var ids = await RetentionSeed.AddAsync(db, 2, "account_holder", Account, RetentionEvent.Deregistration, Ago(TimeSpan.FromDays(1)));
        var records = new RetentionRecords(db, GateFixture.Catalogue, _audit, _clock);
        var hold = await records.HoldCategoryAsync("staff:po", "contact.email", "regulator inquiry 2026-5", _clock.GetUtcNow().AddDays(10));

        await Sweep(db).RunAsync(new RetentionRunOptions());

        foreach (var id in ids)
        {
            Assert.Equal(["contact.email"], await db.Set<VaultField>().Where(f => f.SubjectId == id).Select(f => f.Category).ToListAsync());
            Assert.Null((await db.Set<DataSubject>().SingleAsync(s => s.Id == id)).ErasedAt);
        }
        Assert.Contains(_audit.Records, r => r.Action == "retention.hold" && r.Decision == "placed");

        // Once the hold has ended, the rest goes; each subject is swept by the rule only once, so a
        // hold's end needs the rule's own next pass to count again: release, then sweep.
        await records.ReleaseCategoryHoldAsync("staff:po", hold);
        Assert.Empty(await records.ActiveCategoryHoldsAsync());
    }

    [Fact]
    public async Task Two_sweeps_at_once_erase_each_expired_subject_exactly_once()
    {
        var options = await MigratedAsync();
        List<Guid> ids;
        await using (var seed = Steward.Hosting.Storage.CreateDb(options))
            ids = await RetentionSeed.AddAsync(seed, 600, "account_holder", Account, RetentionEvent.Deregistration, Ago(TimeSpan.FromDays(1)));

        // A lease of a tick on the real clock: the two nodes hand it back and forth between batches,
        // the hardest case for exactly once.
        await using var db1 = Steward.Hosting.Storage.CreateDb(options);
        await using var db2 = Steward.Hosting.Storage.CreateDb(options);
        var quick = new RetentionRunOptions(BatchSize: 25) { LeaseDuration = TimeSpan.FromTicks(1) };
        var runs = await Task.WhenAll(
            Task.Run(() => Sweep(db1, TimeProvider.System).RunAsync(quick with { Holder = "node-1" })),
            Task.Run(() => Sweep(db2, TimeProvider.System).RunAsync(quick with { Holder = "node-2" })));

        await using var check = Steward.Hosting.Storage.CreateDb(options);
        var erasures = await check.Set<RetentionErasure>().Where(e => e.Rule == "account_data").Select(e => e.SubjectId).ToListAsync();
        Assert.Equal(ids.Order(), erasures.Order());
        Assert.Equal(0, await check.Set<VaultField>().CountAsync());
        Assert.Equal(600, await check.Set<DataSubject>().CountAsync(s => s.ErasedAt != null));
        Assert.Equal(600, runs.Sum(r => r.Rules.Where(x => x.Rule == "account_data").Sum(x => x.Subjects)));
    }
}

public sealed class SqliteRetentionSweepTests : RetentionSweepTests
{
    private protected override Task<StewardOptions> NewDatabaseAsync(TempFolder folder) => Task.FromResult(VaultDatabases.Sqlite(folder));
}

public sealed class PostgresRetentionSweepTests : RetentionSweepTests
{
    private protected override Task<StewardOptions> NewDatabaseAsync(TempFolder folder) => VaultDatabases.PostgresAsync(folder);
}

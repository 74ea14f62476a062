using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;
using Steward.Core.Vault;
using Steward.Hosting;
using Steward.Tests.Infrastructure;

namespace Steward.Tests.Vault;

/// <summary>Rotating the key-encryption key on every database: every data key is re-wrapped, data
/// stays readable, the old KEK is no longer needed, and a node that is running picks up the new one.</summary>
public abstract class KeyRotationTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private protected abstract Task<StewardOptions> NewDatabaseAsync(TempFolder folder);

    [Fact]
    public async Task Rotation_rewraps_every_data_key_in_batches_and_data_stays_readable_without_the_old_KEK()
    {
        var options = await NewDatabaseAsync(_folder);
        var subjects = new List<Guid>();
        await using (var vault = await VaultHarness.StartAsync(options))
        {
            for (var i = 0; i < 7; i++) subjects.Add(await vault.CreateSubjectAsync("visitor", new VaultValue("identity.name", $"Person {i}")));

            var result = await vault.RotateAsync(batchSize: 3);

            Assert.Equal((2, 7L), (result.Version, result.Rewrapped));
            await using (var db = vault.OpenDb())
                Assert.Equal([2], await db.Set<SubjectKey>().Select(k => k.KekVersion).Distinct().ToListAsync());
            Assert.Equal([1], await vault.RetireAsync());
            Assert.Equal(["keys.rotate", "keys.retire"], vault.Audit.Records.Where(r => r.Action.StartsWith("keys.", StringComparison.Ordinal)).Select(r => r.Action));
        }

        // Another node, started on the key file that now holds version 2 only.
        await using var later = await VaultHarness.StartAsync(options, migrate: false);
        Assert.Equal([2], later.Keys.Ring.Versions);
        for (var i = 0; i < subjects.Count; i++)
            Assert.Equal($"Person {i}", (await later.ReadAllAsync(subjects[i])).Single().Value);
        Assert.Equal(subjects.Count, (await later.InScopeAsync(s => Steward.Core.Keys.KeyRotation.CountByVersionAsync(s.GetRequiredService<Steward.Core.Storage.StewardDb>())))[2]);
    }

    [Fact]
    public async Task A_running_node_that_meets_a_KEK_version_it_does_not_know_reloads_the_keys()
    {
        var options = await NewDatabaseAsync(_folder);
        await using var running = await VaultHarness.StartAsync(options);
        var before = await running.CreateSubjectAsync("visitor", new VaultValue("contact.email", "before@example.com"));
        Assert.Equal(1, running.Keys.Ring.Current);

        // `steward keys rotate` in another process, on the same database and key file.
        await using (var operatorSide = await VaultHarness.StartAsync(options, migrate: false))
        {
            Assert.Equal(2, (await operatorSide.RotateAsync()).Version);
            await operatorSide.RetireAsync();
        }

        Assert.Equal("before@example.com", (await running.ReadAllAsync(before)).Single().Value);
        var after = await running.CreateSubjectAsync("visitor", new VaultValue("contact.email", "after@example.com"));
        await using var db = running.OpenDb();
        Assert.Equal(2, await db.Set<SubjectKey>().Where(k => k.SubjectId == after).Select(k => k.KekVersion).SingleAsync());
        Assert.Equal([after], await running.FindByEmailAsync("after@example.com"));
    }

    [Fact]
    public async Task With_keys_from_the_settings_rotation_moves_every_key_to_the_version_the_operator_made_current()
    {
        var options = await NewDatabaseAsync(_folder);
        var kek1 = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        var kek2 = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        var index = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        Guid subject;
        await using (var first = await VaultHarness.StartAsync(options, new Dictionary<string, string?> { ["Steward:Keys:Kek:1"] = kek1, ["Steward:Keys:Index"] = index }))
        {
            subject = await first.CreateSubjectAsync("visitor", new("contact.telephone", "13800138000"), new("identity.name", "Settings Person"));
            Assert.True(first.Keys.FromSettings);
            Assert.Equal(0L, (await first.RotateAsync()).Rewrapped); // nothing to do until the operator adds a version
        }
        Assert.False(File.Exists(Path.Combine(options.DataFolder, "keys.json")));

        await using (var second = await VaultHarness.StartAsync(options, new Dictionary<string, string?>
        {
            ["Steward:Keys:Kek:1"] = kek1, ["Steward:Keys:Kek:2"] = kek2, ["Steward:Keys:Current"] = "2", ["Steward:Keys:Index"] = index,
        }, migrate: false))
        {
            Assert.Equal((2, 1L), ((await second.RotateAsync()).Version, (await second.InScopeAsync(s => Steward.Core.Keys.KeyRotation.CountByVersionAsync(s.GetRequiredService<Steward.Core.Storage.StewardDb>())))[2]));
            Assert.Equal([1], await second.RetireAsync());
        }

        await using var third = await VaultHarness.StartAsync(options, new Dictionary<string, string?> { ["Steward:Keys:Kek:2"] = kek2, ["Steward:Keys:Index"] = index }, migrate: false);
        Assert.Equal("Settings Person", (await third.ReadAsync(VaultHarness.Grant(subject, "identity"), subject)).Single().Value);
        Assert.Equal([subject], await third.FindByTelephoneAsync("+86 138 0013 8000"));
    }

    [Fact]
    public async Task A_running_node_with_keys_in_the_settings_picks_up_a_KEK_added_to_them_when_it_meets_it()
    {
        var options = await NewDatabaseAsync(_folder);
        var kek1 = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        var kek2 = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        var index = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        await using var running = await VaultHarness.StartAsync(options, new Dictionary<string, string?> { ["Steward:Keys:Kek:1"] = kek1, ["Steward:Keys:Index"] = index });
        var subject = await running.CreateSubjectAsync("visitor", new VaultValue("identity.name", "Running Person"));

        await using (var operatorSide = await VaultHarness.StartAsync(options, new Dictionary<string, string?>
        {
            ["Steward:Keys:Kek:1"] = kek1, ["Steward:Keys:Kek:2"] = kek2, ["Steward:Keys:Current"] = "2", ["Steward:Keys:Index"] = index,
        }, migrate: false))
        {
            Assert.Equal(1L, (await operatorSide.RotateAsync()).Rewrapped);
        }
        running.Configuration["Steward:Keys:Kek:2"] = kek2;

        Assert.Equal("Running Person", (await running.ReadAllAsync(subject)).Single().Value);
        Assert.Equal([1, 2], running.Keys.Ring.Versions);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteKeyRotationTests : KeyRotationTests
{
    private protected override Task<StewardOptions> NewDatabaseAsync(TempFolder folder) => Task.FromResult(VaultDatabases.Sqlite(folder));
}

public sealed class PostgresKeyRotationTests : KeyRotationTests
{
    private protected override Task<StewardOptions> NewDatabaseAsync(TempFolder folder) => VaultDatabases.PostgresAsync(folder);
}

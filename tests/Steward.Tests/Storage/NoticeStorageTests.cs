using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Steward.Core.Catalogue;
using Steward.Core.Catalogue.Loading;
using Steward.Core.Notices;
using Steward.Core.Storage;
using Steward.Hosting;
using Steward.Tests.Infrastructure;

namespace Steward.Tests.Storage;

/// <summary>The same data tests on every database Steward supports: the embedded SQLite file and a
/// real PostgreSQL server.</summary>
public abstract class NoticeStorageTests
{
    private static readonly string Sample = File.ReadAllText(TestPaths.Sample("minimal.yaml"));
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 1, 9, 30, 15, TimeSpan.Zero));

    /// <summary>Settings pointing at a new, empty database.</summary>
    protected abstract Task<StewardOptions> NewDatabaseAsync();

    [Fact]
    public async Task Migrating_creates_the_schema_and_a_second_run_has_nothing_to_do()
    {
        var options = await NewDatabaseAsync();
        await using var db = Steward.Hosting.Storage.CreateDb(options);
        var first = await Steward.Hosting.Storage.MigrateAsync(db, options);
        var second = await Steward.Hosting.Storage.MigrateAsync(db, options);
        Assert.NotEmpty(first);
        Assert.Empty(second);
        Assert.Empty(await db.NoticeVersions.ToListAsync());
    }

    [Fact]
    public async Task Publishing_the_same_catalogue_twice_stores_one_version_per_site()
    {
        var options = await MigratedAsync();
        var catalogue = Load(Sample);
        await using (var db = Steward.Hosting.Storage.CreateDb(options))
        {
            Assert.Single(await new NoticePublisher(db, catalogue, _clock).PublishAsync());
        }
        await using (var db = Steward.Hosting.Storage.CreateDb(options))
        {
            Assert.Empty(await new NoticePublisher(db, catalogue, _clock).PublishAsync());
            var stored = await db.NoticeVersions.Include(v => v.Texts).SingleAsync();
            Assert.Equal(["en", "zh-CN"], stored.Texts.Select(t => t.Language).Order());
            Assert.Equal(_clock.GetUtcNow(), stored.PublishedAt);
        }
    }

    [Fact]
    public async Task A_changed_catalogue_yields_a_new_current_version_and_the_old_one_stays_readable()
    {
        var options = await MigratedAsync();
        await using var db = Steward.Hosting.Storage.CreateDb(options);
        var before = (await new NoticePublisher(db, Load(Sample), _clock).PublishAsync()).Single();

        _clock.Advance(TimeSpan.FromDays(3));
        var changed = Load(Sample.Replace("Send me the newsletter.", "Send me the monthly newsletter.", StringComparison.Ordinal));
        var publisher = new NoticePublisher(db, changed, _clock);
        var after = (await publisher.PublishAsync()).Single();

        Assert.NotEqual(before.Version, after.Version);
        var current = await publisher.CurrentAsync("main");
        Assert.Equal(after.Version, current!.Version);
        Assert.Contains("monthly newsletter", current.Texts.Single(t => t.Language == "en").Markdown);

        var old = await publisher.FindAsync("main", before.Version);
        Assert.DoesNotContain("monthly", old!.Texts.Single(t => t.Language == "en").Markdown);
        Assert.Equal([after.Version, before.Version], (await publisher.HistoryAsync("main")).Select(v => v.Version));
        Assert.Equal(_clock.GetUtcNow(), current.PublishedAt);
    }

    [Fact]
    public async Task Going_back_to_an_earlier_catalogue_makes_its_notice_current_again()
    {
        var options = await MigratedAsync();
        await using var db = Steward.Hosting.Storage.CreateDb(options);
        var a = Load(Sample);
        var b = Load(Sample.Replace("Send me the newsletter.", "Send me the weekly newsletter.", StringComparison.Ordinal));
        var versionA = (await new NoticePublisher(db, a, _clock).PublishAsync()).Single().Version;
        await new NoticePublisher(db, b, _clock).PublishAsync();

        var back = new NoticePublisher(db, a, _clock);
        Assert.Empty(await back.PublishAsync());
        Assert.Equal(versionA, (await back.CurrentAsync("main"))!.Version);
        Assert.Equal(2, (await back.HistoryAsync("main")).Count);
    }

    [Fact]
    public async Task A_stored_text_carries_the_hash_of_exactly_what_was_shown()
    {
        var options = await MigratedAsync();
        await using var db = Steward.Hosting.Storage.CreateDb(options);
        await new NoticePublisher(db, Load(Sample), _clock).PublishAsync();
        foreach (var text in await db.NoticeTexts.ToListAsync())
        {
            Assert.Equal(NoticeVersioning.Sha256Hex(text.Markdown), text.Sha256);
        }
    }

    private async Task<StewardOptions> MigratedAsync()
    {
        var options = await NewDatabaseAsync();
        await using var db = Steward.Hosting.Storage.CreateDb(options);
        await Steward.Hosting.Storage.MigrateAsync(db, options);
        return options;
    }

    private static LoadedCatalogue Load(string yaml)
    {
        var result = CatalogueLoader.Load(yaml, "sample.yaml");
        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        return new LoadedCatalogue(result.Catalogue!, "sample.yaml");
    }
}

public sealed class SqliteNoticeStorageTests : NoticeStorageTests, IDisposable
{
    private readonly TempFolder _folder = new();

    protected override Task<StewardOptions> NewDatabaseAsync() =>
        Task.FromResult(new StewardOptions { DataFolder = Path.Combine(_folder.Path, Guid.NewGuid().ToString("n")) });

    [Fact]
    public async Task The_embedded_database_is_created_in_the_data_folder_in_wal_mode()
    {
        var options = await NewDatabaseAsync();
        await using var db = Steward.Hosting.Storage.CreateDb(options);
        await Steward.Hosting.Storage.MigrateAsync(db, options);
        Assert.True(File.Exists(Path.Combine(options.DataFolder, "steward.db")));
        var mode = await db.Database.SqlQueryRaw<string>("SELECT journal_mode AS Value FROM pragma_journal_mode").SingleAsync();
        Assert.Equal("wal", mode);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}

public sealed class PostgresNoticeStorageTests : NoticeStorageTests
{
    protected override async Task<StewardOptions> NewDatabaseAsync()
    {
        var server = await PostgresServer.Shared;
        return new StewardOptions
        {
            Database = new DatabaseOptions { Provider = DatabaseProvider.Postgres, ConnectionString = await server.CreateDatabaseAsync() },
        };
    }
}

/// <summary>The migrations of each provider describe the model as the code has it: a change to an
/// entity without its migration fails here, not at a user's first start.</summary>
public sealed class MigrationCompletenessTests
{
    [Fact]
    public async Task Each_providers_migrations_match_the_model()
    {
        using var folder = new TempFolder();
        await using var sqlite = Steward.Hosting.Storage.CreateDb(new StewardOptions { DataFolder = folder.Path });
        await using var postgres = Steward.Hosting.Storage.CreateDb(new StewardOptions
        {
            Database = new DatabaseOptions { Provider = DatabaseProvider.Postgres, ConnectionString = "Host=127.0.0.1;Database=unused" },
        });
        Assert.False(sqlite.Database.HasPendingModelChanges(), "SQLite: add a migration (see docs/architecture.md)");
        Assert.False(postgres.Database.HasPendingModelChanges(), "PostgreSQL: add a migration (see docs/architecture.md)");
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }
}

using Microsoft.Extensions.Time.Testing;
using Steward.Core.Catalogue;
using Steward.Core.Gate;
using Steward.Core.Storage;
using Steward.Hosting;
using Steward.Tests.Infrastructure;

namespace Steward.Tests.Gate;

/// <summary>The gate over the default catalogue, with its state stored in a fresh SQLite database.</summary>
internal sealed class GateFixture : IAsyncDisposable
{
    private readonly TempFolder _folder = new();

    public static readonly LoadedCatalogue Catalogue = LoadedCatalogue.Load(null);
    public CompiledPolicy Policy { get; } = new(Catalogue.Policy);
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 6, 1, 12, 0, 0, TimeSpan.Zero));
    public RecordingAuditTrail Audit { get; } = new();
    public SubjectStateStore States { get; }
    public GateService Gate { get; }
    public StewardDb Db { get; }
    public SubjectControls Controls { get; }
    public StewardOptions Options { get; }

    private GateFixture(StewardOptions options, StewardDb db)
    {
        Options = options;
        Db = db;
        States = new SubjectStateStore(Policy);
        Gate = new GateService(Policy, States, Audit, Clock);
        Controls = new SubjectControls(db, States, Policy, Audit, Clock);
    }

    public static async Task<GateFixture> CreateAsync(StewardOptions? options = null)
    {
        var folder = new TempFolder();
        options ??= new StewardOptions { DataFolder = folder.Path };
        var db = Steward.Hosting.Storage.CreateDb(options);
        await Steward.Hosting.Storage.MigrateAsync(db, options);
        return new GateFixture(options, db);
    }

    public Guid NewSubject(string kind = "account_holder", bool juvenile = false)
    {
        var id = Guid.NewGuid();
        States.Track(id, kind, juvenile);
        return id;
    }

    public async ValueTask DisposeAsync()
    {
        await Db.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}

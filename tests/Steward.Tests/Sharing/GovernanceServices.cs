using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using Steward.Core.Catalogue;
using Steward.Core.Gate;
using Steward.Core.Storage;
using Steward.Core.Vault;
using Steward.Decisions;
using Steward.Hosting;
using Steward.Sharing;
using Steward.Tests.Infrastructure;
using Steward.Vault;

namespace Steward.Tests.Sharing;

/// <summary>The vault, the gate and the governance features as Steward registers them, over a
/// migrated database (SQLite or PostgreSQL), with a fake clock and the in-memory audit trail.</summary>
internal sealed class GovernanceServices : IAsyncDisposable
{
    public static readonly ActorRef Actor = ActorRef.Steward("test");
    private static readonly Lazy<LoadedCatalogue> DefaultCatalogue = new(() => LoadedCatalogue.Load(null));

    private GovernanceServices(ServiceProvider services, StewardOptions options, RecordingAuditTrail audit, FakeTimeProvider clock)
    {
        Services = services;
        Options = options;
        Audit = audit;
        Clock = clock;
    }

    public ServiceProvider Services { get; }
    public StewardOptions Options { get; }
    public RecordingAuditTrail Audit { get; }
    public FakeTimeProvider Clock { get; }

    public static async Task<GovernanceServices> StartAsync(StewardOptions options, bool migrate = true, Action<IServiceCollection>? more = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Steward:DataFolder"] = options.DataFolder }).Build();
        var audit = new RecordingAuditTrail();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 6, 1, 8, 0, 0, TimeSpan.Zero));
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(clock);
        services.AddSingleton(DefaultCatalogue.Value);
        services.AddDbContext<StewardDb>(o => o.UseStewardDatabase(options));
        services.AddSingleton<Steward.Core.Audit.IAuditTrail>(audit);
        services.AddStewardVault(configuration);
        services.AddStewardGate();
        services.AddStewardSharing();
        more?.Invoke(services);
        var provider = services.BuildServiceProvider();
        if (migrate)
        {
            await using var scope = provider.CreateAsyncScope();
            await Steward.Hosting.Storage.MigrateAsync(scope.ServiceProvider.GetRequiredService<StewardDb>(), options);
        }
        foreach (var hosted in provider.GetServices<IHostedService>()) await hosted.StartAsync(CancellationToken.None);
        return new GovernanceServices(provider, options, audit, clock);
    }

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    public Task<Guid> CreateSubjectAsync(string kind, params VaultValue[] values) =>
        InScopeAsync(s => s.GetRequiredService<VaultWriter>().CreateSubjectAsync(kind, values, Actor));

    public StewardDb OpenDb() => Steward.Hosting.Storage.CreateDb(Options);

    public async ValueTask DisposeAsync()
    {
        foreach (var hosted in Services.GetServices<IHostedService>()) await hosted.StopAsync(CancellationToken.None);
        await Services.DisposeAsync();
        SqliteCleanup();
    }

    private static void SqliteCleanup() => Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
}

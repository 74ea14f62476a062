using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Steward.Core.Catalogue;
using Steward.Core.Gate;
using Steward.Core.Keys;
using Steward.Core.Statistics;
using Steward.Core.Storage;
using Steward.Core.Vault;
using Steward.Hosting;
using Steward.Vault;

using Steward.Tests.Infrastructure;

namespace Steward.Tests.Vault;

/// <summary>The vault as Steward wires it (<c>AddStewardVault</c> and its start-up step) over a
/// migrated database, with the in-memory audit log, a fake clock and a log that keeps every message.
/// Each call runs in its own scope, like a request.</summary>
internal sealed class VaultHarness : IAsyncDisposable
{
    public static readonly ActorRef Actor = ActorRef.Staff("staff-7", "support");
    private static readonly Lazy<LoadedCatalogue> DefaultCatalogue = new(() => LoadedCatalogue.Load(null));

    private VaultHarness(ServiceProvider services, IConfigurationRoot configuration, StewardOptions options, RecordingAuditTrail audit, CapturingLoggerProvider logs, FakeTimeProvider clock)
    {
        Services = services;
        Configuration = configuration;
        Options = options;
        Audit = audit;
        Logs = logs;
        Clock = clock;
    }

    public ServiceProvider Services { get; }
    /// <summary>The node's settings; changing them is like editing a settings file that reloads on change.</summary>
    public IConfigurationRoot Configuration { get; }
    public StewardOptions Options { get; }
    public RecordingAuditTrail Audit { get; }
    public CapturingLoggerProvider Logs { get; }
    public FakeTimeProvider Clock { get; }
    public KeySource Keys => Services.GetRequiredService<KeySource>();

    /// <summary>Migrates the database, then starts the vault as Steward's start does.</summary>
    /// <param name="settings">Extra settings, such as <c>Steward:Keys:...</c>.</param>
    /// <param name="migrate">False when the database is already migrated (a second node).</param>
    public static async Task<VaultHarness> StartAsync(StewardOptions options, IDictionary<string, string?>? settings = null, bool migrate = true)
    {
        var all = new Dictionary<string, string?> { ["Steward:DataFolder"] = options.DataFolder };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) all[key] = value;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(all).Build();

        var audit = new RecordingAuditTrail();
        var logs = new CapturingLoggerProvider();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 8, 0, 0, TimeSpan.Zero));
        var services = new ServiceCollection();
        services.AddLogging(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        services.AddSingleton<TimeProvider>(clock);
        services.AddSingleton(DefaultCatalogue.Value);
        services.AddDbContext<StewardDb>(o => o.UseStewardDatabase(options));
        services.AddSingleton<Steward.Core.Audit.IAuditTrail>(audit);
        services.AddStewardVault(configuration);
        var provider = services.BuildServiceProvider();

        if (migrate)
        {
            await using var scope = provider.CreateAsyncScope();
            await Steward.Hosting.Storage.MigrateAsync(scope.ServiceProvider.GetRequiredService<StewardDb>(), options);
        }
        foreach (var hosted in provider.GetServices<IHostedService>()) await hosted.StartAsync(CancellationToken.None);
        return new VaultHarness(provider, configuration, options, audit, logs, clock);
    }

    public static AccessGrant Grant(Guid subjectId, params string[] categories) =>
        new(subjectId, categories, "customer_service", Actor, auditIndex: 0);

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    public Task<Guid> CreateSubjectAsync(string kind, params VaultValue[] values) =>
        InScopeAsync(s => s.GetRequiredService<VaultWriter>().CreateSubjectAsync(kind, values, Actor));

    public Task<bool> PutAsync(Guid subjectId, params VaultValue[] values) =>
        InScopeAsync(async s => { await s.GetRequiredService<VaultWriter>().PutAsync(subjectId, values, Actor); return true; });

    public Task<IReadOnlyList<VaultValue>> ReadAsync(AccessGrant grant, Guid subjectId, params string[] categories) =>
        InScopeAsync(s => s.GetRequiredService<VaultReader>().ReadAsync(grant, subjectId, categories.Length == 0 ? null : categories));

    /// <summary>Every field of the subject, with a grant that covers every category.</summary>
    public Task<IReadOnlyList<VaultValue>> ReadAllAsync(Guid subjectId) => ReadAsync(Grant(subjectId, Everything()), subjectId);

    public Task<List<Guid>> FindByEmailAsync(string email) => InScopeAsync(s => s.GetRequiredService<VaultReader>().FindByEmailAsync(email));

    public Task<List<Guid>> FindByTelephoneAsync(string telephone) => InScopeAsync(s => s.GetRequiredService<VaultReader>().FindByTelephoneAsync(telephone));

    public Task<int> EraseAsync(Guid subjectId) =>
        InScopeAsync(s => s.GetRequiredService<VaultWriter>().EraseSubjectAsync(subjectId, Actor, "rights request R-1: erasure"));

    public Task<RotationResult> RotateAsync(int batchSize = KeyRotation.DefaultBatchSize) =>
        InScopeAsync(s => s.GetRequiredService<KeyRotation>().RotateAsync(Actor, batchSize));

    public Task<IReadOnlyList<int>> RetireAsync() => InScopeAsync(s => s.GetRequiredService<KeyRotation>().RetireAsync(Actor));

    public Task<bool> CountVisitAsync(string site, string page) =>
        InScopeAsync(async s => { await s.GetRequiredService<VisitCounter>().IncrementAsync(site, page); return true; });

    /// <summary>A database context of its own, for looking at what is stored.</summary>
    public StewardDb OpenDb() => Steward.Hosting.Storage.CreateDb(Options);

    public static string[] Everything() => [.. DefaultCatalogue.Value.Policy.Categories.Where(c => !c.Id.Contains('.', StringComparison.Ordinal)).Select(c => c.Id)];

    public async ValueTask DisposeAsync() => await Services.DisposeAsync();
}

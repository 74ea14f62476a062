using Microsoft.Extensions.Options;
using Steward.Core.Catalogue;
using Steward.Core.Notices;
using Steward.Core.Storage;

namespace Steward.Hosting;

/// <summary>Runs before Steward takes requests: loads the catalogue (refusing to start on a bad one),
/// brings the schema up to date, and publishes the notice version the catalogue yields.</summary>
internal sealed partial class StartupWork(IServiceProvider services, IOptions<StewardOptions> options, ILogger<StartupWork> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var catalogue = services.GetRequiredService<LoadedCatalogue>();
        LogCatalogue(logger, catalogue.Source, catalogue.Policy.Sites.Count, catalogue.Policy.Purposes.Count);

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<StewardDb>();
        if (options.Value.Database.MigrateOnStart)
        {
            var applied = await Storage.MigrateAsync(db, options.Value, cancellationToken);
            if (applied.Count > 0) LogMigrated(logger, applied.Count, options.Value.Database.Provider);
        }
        var published = await scope.ServiceProvider.GetRequiredService<NoticePublisher>().PublishAsync(cancellationToken);
        foreach (var version in published) LogPublished(logger, version.SiteId, version.Version);

        // Loading and composing allocate a lot once; hand that memory back before serving.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Catalogue {Source}: {Sites} sites, {Purposes} purposes")]
    private static partial void LogCatalogue(ILogger logger, string source, int sites, int purposes);

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied {Count} migrations on {Provider}")]
    private static partial void LogMigrated(ILogger logger, int count, DatabaseProvider provider);

    [LoggerMessage(Level = LogLevel.Information, Message = "Published notice {Version} of site {Site}")]
    private static partial void LogPublished(ILogger logger, string site, string version);
}

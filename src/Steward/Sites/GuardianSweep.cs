using Microsoft.Extensions.Options;
using Steward.Core.Collection;

namespace Steward.Sites;

/// <summary>Erases juveniles' registrations that no guardian confirmed in time (P7.3): at start, then
/// every <see cref="CollectionOptions.SweepInterval"/> on the injected clock.</summary>
internal sealed partial class GuardianSweep(IServiceProvider services, IOptions<CollectionOptions> options, TimeProvider clock, ILogger<GuardianSweep> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = services.CreateAsyncScope();
                var erased = await scope.ServiceProvider.GetRequiredService<GuardianConsents>().SweepAsync(stoppingToken);
                if (erased > 0) LogErased(logger, erased);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(logger, e);
            }
            try
            {
                await Task.Delay(options.Value.SweepInterval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Erased {Count} juveniles' registrations that no guardian confirmed in time")]
    private static partial void LogErased(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "The sweep of unconfirmed juveniles' registrations failed; it runs again at the next interval")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}

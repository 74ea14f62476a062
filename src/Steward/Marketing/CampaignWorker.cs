using Steward.Core.Marketing;

namespace Steward.Marketing;

/// <summary>Sends queued campaigns in the background. Woken at once when a campaign is queued on this node,
/// and every <c>Steward:Marketing:Poll</c> (default 30 s) for campaigns queued on other nodes; the lease
/// (<c>Steward:Marketing:Lease</c>, default 2 min, renewed before each recipient) lets one node send at a time.</summary>
internal sealed partial class CampaignWorker(IServiceProvider services, CampaignSignal signal, TimeProvider time, IConfiguration configuration,
    ILogger<CampaignWorker> logger) : BackgroundService
{
    private readonly string _holder = $"{Environment.MachineName}/{Guid.NewGuid():N}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var poll = configuration.GetValue("Steward:Marketing:Poll", TimeSpan.FromSeconds(30));
        var lease = configuration.GetValue("Steward:Marketing:Lease", TimeSpan.FromMinutes(2));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = services.CreateAsyncScope();
                var finished = await scope.ServiceProvider.GetRequiredService<CampaignDispatcher>()
                    .RunAsync(_holder, lease, MarketingServices.Links(scope.ServiceProvider), stoppingToken);
                if (finished > 0) LogFinished(logger, finished);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(logger, e);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            await signal.WaitAsync(poll, time, stoppingToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Campaign sender: {Count} campaigns finished")]
    private static partial void LogFinished(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Campaign sender stopped; it goes on when woken or at the next poll, and does not resend the recipient it was sending to")]
    private static partial void LogFailed(ILogger logger, Exception e);
}

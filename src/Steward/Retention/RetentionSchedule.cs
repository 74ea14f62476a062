using Steward.Core.Retention;

namespace Steward.Retention;

/// <summary>Runs the retention sweep at a fixed interval on the injected clock. Every node runs it;
/// the lease in the database lets one node sweep at a time.</summary>
internal sealed partial class RetentionSchedule(IServiceProvider services, TimeProvider time, TimeSpan interval, ILogger<RetentionSchedule> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = services.CreateAsyncScope();
                var report = await scope.ServiceProvider.GetRequiredService<RetentionSweep>().RunAsync(new RetentionRunOptions(), null, stoppingToken);
                LogSwept(logger, report.Subjects, report.Outcome);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(logger, e);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention sweep: {Subjects} subjects swept ({Outcome})")]
    private static partial void LogSwept(ILogger logger, int subjects, RetentionOutcome outcome);

    [LoggerMessage(Level = LogLevel.Error, Message = "Retention sweep failed; it runs again at the next interval")]
    private static partial void LogFailed(ILogger logger, Exception e);
}

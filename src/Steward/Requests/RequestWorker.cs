using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Steward.Core.Requests;
using Steward.Core.Storage;

namespace Steward.Requests;

/// <summary>Carries every processing case through its steps. At start it picks up whatever an earlier
/// process left unfinished; afterwards it wakes when a case starts, or every poll interval.</summary>
internal sealed partial class RequestWorker(IServiceScopeFactory scopes, RequestSignal signal, TimeProvider clock,
    IOptions<RequestOptions> options, ILogger<RequestWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunAllAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(logger, e);
            }
            try
            {
                await signal.WaitAsync(options.Value.PollInterval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task RunAllAsync(CancellationToken ct)
    {
        List<Guid> ids;
        using (var scope = scopes.CreateScope())
        {
            ids = await scope.ServiceProvider.GetRequiredService<StewardDb>().Set<RightsCase>()
                .Where(c => c.State == CaseState.Processing).OrderBy(c => c.DueAt).Select(c => c.Id).ToListAsync(ct);
        }
        foreach (var id in ids)
        {
            while (!ct.IsCancellationRequested)
            {
                FulfilmentStep? next;
                using (var scope = scopes.CreateScope())
                {
                    next = await scope.ServiceProvider.GetRequiredService<RequestFulfilment>().RunNextStepAsync(id, ct);
                }
                if (next is null) break;
                if (options.Value.PauseAfterStep > TimeSpan.Zero) await Task.Delay(options.Value.PauseAfterStep, clock, ct);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A request step failed; it is tried again on the next round")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}

/// <summary>Runs the clock's round every <see cref="RequestOptions.ClockInterval"/> on the injected
/// <see cref="TimeProvider"/>, and once at start.</summary>
internal sealed partial class RequestClockService(IServiceScopeFactory scopes, TimeProvider clock, IOptions<RequestOptions> options,
    ILogger<RequestClockService> logger) : BackgroundService
{
    /// <summary>Rounds completed: tests wait on it after moving a fake clock.</summary>
    public long Rounds => Interlocked.Read(ref _rounds);
    private long _rounds;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        using var timer = new PeriodicTimer(options.Value.ClockInterval, clock);
        do
        {
            try
            {
                using var scope = scopes.CreateScope();
                await scope.ServiceProvider.GetRequiredService<RequestClock>().TickAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(logger, e);
            }
            Interlocked.Increment(ref _rounds);
        }
        while (await WaitAsync(timer, stoppingToken));
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken ct)
    {
        try { return await timer.WaitForNextTickAsync(ct); }
        catch (OperationCanceledException) { return false; }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The request clock's round failed; it runs again on the next tick")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}

using Steward.Core.Audit;

namespace Steward.Audit;

/// <summary>When Steward stops: commits every queued append and signs a checkpoint over them, so a
/// clean shutdown leaves no entry uncovered. (The container's disposal of the log drains anything
/// appended later still.)</summary>
internal sealed partial class AuditLogShutdown(AuditLog log, ILogger<AuditLogShutdown> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        try
        {
            await log.CheckpointAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The entries are committed or their callers were told; only the closing checkpoint is missing.
            LogFailed(logger, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not sign the closing audit checkpoint")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}

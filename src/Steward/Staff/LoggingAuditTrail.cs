using Steward.Core.Audit;

namespace Steward.Staff;

// replaced by the audit log branch: registered only when nothing else provides IAuditTrail, and
// deleted by the lead at merge. It writes each record to the log so that staff actions are not lost
// meanwhile; it is not tamper-evident.
internal sealed partial class LoggingAuditTrail(ILogger<LoggingAuditTrail> logger) : IAuditTrail
{
    private long _index = -1;

    public ValueTask<long> AppendAsync(AuditRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        var index = Interlocked.Increment(ref _index);
        Log(logger, index, record.Actor, record.Action, record.Decision, record.Reason);
        return ValueTask.FromResult(index);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Audit {Index}: {Actor} {Action} {Decision} {Reason}")]
    private static partial void Log(ILogger logger, long index, string actor, string action, string? decision, string? reason);
}

using System.Collections.Concurrent;
using Steward.Core.Audit;

namespace Steward.Tests.Infrastructure;

/// <summary>An audit trail that keeps records in memory, for tests of code that writes to the audit
/// log without testing the log itself (the log has its own tests).</summary>
internal sealed class RecordingAuditTrail : IAuditTrail
{
    private readonly ConcurrentQueue<AuditRecord> _records = new();
    private long _next;

    public IReadOnlyList<AuditRecord> Records => [.. _records];

    public ValueTask<long> AppendAsync(AuditRecord record, CancellationToken cancellationToken = default)
    {
        _records.Enqueue(record);
        return ValueTask.FromResult(Interlocked.Increment(ref _next) - 1);
    }
}

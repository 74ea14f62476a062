using System.Collections.Concurrent;
using Steward.Core.Audit;

namespace Steward.Tests.Vault;

/// <summary>Test double of the audit log, which is built on another branch: a real, list-backed
/// <see cref="IAuditTrail"/> that keeps every record in memory, in order, so tests can read what the
/// vault recorded.</summary>
internal sealed class InMemoryAuditTrail : IAuditTrail
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

using System.Collections.Concurrent;
using Steward.Core.Audit;

namespace Steward.Tests.Staff;

/// <summary>TEST DOUBLE for the audit log that another branch is building: keeps each record in a
/// list so tests can read what staff actions were recorded. Replace with the real log once it lands.</summary>
internal sealed class AuditTrailTestDouble : IAuditTrail
{
    private readonly ConcurrentQueue<AuditRecord> _records = new();

    public IReadOnlyList<AuditRecord> Records => [.. _records];

    public ValueTask<long> AppendAsync(AuditRecord record, CancellationToken cancellationToken = default)
    {
        _records.Enqueue(record);
        return ValueTask.FromResult((long)_records.Count - 1);
    }
}

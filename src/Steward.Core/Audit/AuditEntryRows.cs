using System.Threading.Channels;

namespace Steward.Core.Audit;

/// <summary>Reads every stored entry in index order into chunks for verify, and stops at the first
/// gap or unreadable row (set as the last chunk's <see cref="AuditEntryChunk.Failure"/>).</summary>
internal abstract class AuditEntryRows
{
    public const string Query =
        """SELECT "Index", "Time", "Actor", "Action", "SubjectId", "Purpose", "Decision", "Reason", "LeafHash" FROM audit_entries ORDER BY "Index" """;

    /// <summary>Fills chunks taken from <paramref name="empty"/> and hands them on to <paramref name="full"/>,
    /// which it completes when done.</summary>
    public abstract Task ReadAsync(ChannelReader<AuditEntryChunk> empty, ChannelWriter<AuditEntryChunk> full, CancellationToken cancellationToken);

    protected static AuditFailure? Gap(long index, long expected) =>
        index == expected ? null
        : index > expected ? new AuditFailure(AuditFailureKind.Entry, expected, $"is missing (the next stored entry is {index})")
        : new AuditFailure(AuditFailureKind.Entry, index, "is stored twice");

    protected static AuditFailure Unreadable(long index, Exception e) => new(AuditFailureKind.Entry, index, "cannot be read: " + e.Message);
}

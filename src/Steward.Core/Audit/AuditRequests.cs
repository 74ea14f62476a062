namespace Steward.Core.Audit;

/// <summary>What callers hand to the audit writer; each completes once its batch is committed.</summary>
internal abstract class AuditRequest;

internal sealed class AppendRequest(AuditRecord record) : AuditRequest
{
    public AuditRecord Record { get; } = record;
    public TaskCompletionSource<long> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}

internal sealed class CheckpointRequest : AuditRequest
{
    public TaskCompletionSource<AuditCheckpoint?> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}

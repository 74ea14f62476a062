namespace Steward.Core.Audit;

public enum AuditFailureKind { Entry, Checkpoint }

/// <summary>The first thing in the log that does not hold: an entry (by its index) or a checkpoint
/// (by its tree size, which is its key).</summary>
public sealed record AuditFailure(AuditFailureKind Kind, long Index, string Problem)
{
    public override string ToString() => Kind == AuditFailureKind.Entry
        ? $"entry {Index}: {Problem}"
        : $"checkpoint at tree size {Index}: {Problem}";
}

/// <summary>What verify found: how much it checked, and the first failure if there is one.</summary>
public sealed record AuditVerification(
    long Entries, int Checkpoints, AuditCheckpoint? LatestCheckpoint, IReadOnlyList<string> KeyIds, bool KeysTrusted, AuditFailure? Failure)
{
    public bool Passed => Failure is null;
}

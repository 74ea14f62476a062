namespace Steward.Core.Audit;

/// <summary>One thing that happened, as the audit log keeps it. Holds no personal data: the subject
/// is named only by its pseudonymous id, so erasing a subject leaves the log verifiable.</summary>
/// <param name="Actor">The actor, as <see cref="Gate.ActorRef.ToString"/> gives it.</param>
/// <param name="Action">What was done: "gate.decision", "vault.erase", "keys.rotate", ...</param>
/// <param name="SubjectId">The pseudonymous subject id, when the action concerns one.</param>
/// <param name="Purpose">The catalogue purpose id, when there is one.</param>
/// <param name="Decision">"allowed", "denied", or empty for actions that are not decisions.</param>
/// <param name="Reason">Why: a reason code and short text, never personal data.</param>
public sealed record AuditRecord(string Actor, string Action, Guid? SubjectId, string? Purpose, string? Decision, string? Reason);

/// <summary>The append-only audit log every part of Steward writes to.</summary>
public interface IAuditTrail
{
    /// <summary>Appends the record and returns its index once it is durable.</summary>
    ValueTask<long> AppendAsync(AuditRecord record, CancellationToken cancellationToken = default);
}

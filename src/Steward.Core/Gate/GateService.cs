using Steward.Core.Audit;

namespace Steward.Core.Gate;

/// <summary>The one gate every use of personal data passes: decides, writes the decision to the audit
/// log whether allowed or denied, and hands out an <see cref="AccessGrant"/> only when allowed.</summary>
public sealed class GateService(CompiledPolicy policy, SubjectStateStore states, IAuditTrail audit, TimeProvider time)
{
    public async ValueTask<GateOutcome> DecideAsync(DecisionRequest request, CancellationToken cancellationToken = default)
    {
        var decision = Decide(request);
        var index = await audit.AppendAsync(new AuditRecord(
            request.Actor.ToString(), "gate.decision", request.SubjectId, request.Purpose,
            decision.Allowed ? "allowed" : "denied", decision.Allowed ? decision.Basis?.ToString() : decision.Reason), cancellationToken);
        var grant = decision.Allowed ? new AccessGrant(request.SubjectId, [.. request.Categories], request.Purpose, request.Actor, index) : null;
        return new GateOutcome(decision, grant, index);
    }

    private Decision Decide(in DecisionRequest request) =>
        PolicyEngine.Evaluate(policy, request, states.Find(request.SubjectId), DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
}

public sealed record GateOutcome(Decision Decision, AccessGrant? Grant, long AuditIndex);

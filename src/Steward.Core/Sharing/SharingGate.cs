using Steward.Core.Audit;
using Steward.Core.Catalogue;
using Steward.Core.Gate;
using Steward.Core.Storage;

namespace Steward.Core.Sharing;

/// <summary>The gate for every outbound flow (share, transfer, disclose): the purpose gate first (the
/// subject, purpose, categories, actor, consent and limits), then the recipient and ground
/// (<see cref="SharingRules"/>), then the border (<see cref="TransferRules"/>). The decision is
/// audited either way; an allowed flow leaves a <see cref="Disclosure"/> record and a grant.</summary>
public sealed class SharingGate(
    GateService gate, RecipientDirectory recipients, SharingConsents consents, LoadedCatalogue catalogue,
    StewardDb db, IAuditTrail audit, TimeProvider time)
{
    public async Task<SharingOutcome> DecideAsync(OutboundFlow flow, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(flow);
        var (decision, grant) = await EvaluateAsync(flow, ct);
        var index = await audit.AppendAsync(new AuditRecord(
            flow.Actor.ToString(), $"sharing.{flow.Flow.ToString().ToLowerInvariant()}", flow.SubjectId, flow.Purpose,
            decision.Allowed ? "allowed" : "denied",
            decision.Allowed ? $"{flow.Recipient} on {flow.Ground}{(decision.Mechanism is null ? "" : " via " + decision.Mechanism)}" : decision.Reason), ct);
        if (!decision.Allowed) return new SharingOutcome(decision, null, null, index);

        var record = new Disclosure
        {
            SubjectId = flow.SubjectId, Recipient = flow.Recipient, Ground = flow.Ground, Flow = flow.Flow, Purpose = flow.Purpose,
            Categories = [.. flow.Categories], Form = flow.Form, Origin = flow.Origin, Mechanism = decision.Mechanism,
            LegalReference = decision.LegalReference, Actor = flow.Actor.ToString(), At = time.GetUtcNow(), AuditIndex = index,
        };
        db.Set<Disclosure>().Add(record);
        await db.SaveChangesAsync(ct);
        return new SharingOutcome(decision, grant, record.Id, index);
    }

    private async Task<(SharingDecision, AccessGrant?)> EvaluateAsync(OutboundFlow flow, CancellationToken ct)
    {
        var recipient = await recipients.FindAsync(flow.Recipient, ct);
        if (recipient is null) return (SharingDecision.Deny(SharingCode.UnknownRecipient, $"unknown recipient '{flow.Recipient}'"), null);

        var outcome = await gate.DecideAsync(new DecisionRequest(flow.Actor, flow.SubjectId, flow.Categories, flow.Purpose), ct);
        if (!outcome.Decision.Allowed) return (SharingDecision.Deny(SharingCode.GateDenied, outcome.Decision.Reason), null);

        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var flowConsent = await consents.IsLiveAsync(flow.SubjectId, flow.Recipient, SharingConsentScope.Flow, ct);
        var rules = SharingRules.Evaluate(catalogue.Policy, recipient, flow, flowConsent, today);
        if (!rules.Allowed) return (rules, null);

        var transferConsent = await consents.IsLiveAsync(flow.SubjectId, flow.Recipient, SharingConsentScope.Transfer, ct);
        var transfer = TransferRules.Evaluate(catalogue.Policy, flow.Origin, recipient, flow.Form, transferConsent, today);
        if (!transfer.Allowed) return (transfer, null);
        return (rules with { Mechanism = transfer.Mechanism }, outcome.Grant);
    }
}

/// <param name="Grant">When allowed: the grant to read exactly what may leave from the vault.</param>
public sealed record SharingOutcome(SharingDecision Decision, AccessGrant? Grant, long? DisclosureId, long AuditIndex);

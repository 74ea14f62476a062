using Steward.Core.Catalogue.Model;

namespace Steward.Core.Sharing;

/// <summary>Whether a recipient may receive a flow on the ground named (P4.1 to P4.6): the ground
/// exists and covers this kind of flow and recipient, the recipient may receive this purpose and
/// these categories, an agreement binds it, a successor is bound by the policy or the person
/// consented again, and a consent ground has the person's consent. Pure: consent is passed in.</summary>
public static class SharingRules
{
    /// <summary>The promise a ground for pseudonymised data serves; such a ground holds only for data
    /// that leaves pseudonymised or anonymised.</summary>
    public const string PseudonymisedPromise = "P4.5";

    public static SharingDecision Evaluate(PolicyCatalogue catalogue, Recipient recipient, OutboundFlow flow, bool flowConsent, DateOnly today)
    {
        var ground = catalogue.Grounds.Find(g => g.Id == flow.Ground);
        if (ground is null) return SharingDecision.Deny(SharingCode.UnknownGround, $"unknown ground '{flow.Ground}'");
        if (!ground.Flows.Contains(flow.Flow))
            return SharingDecision.Deny(SharingCode.GroundNotForFlow, $"ground '{ground.Id}' does not cover {flow.Flow.ToString().ToLowerInvariant()}");

        if (IsPseudonymisedGround(ground))
        {
            if (flow.Form == DataForm.Identified)
                return SharingDecision.Deny(SharingCode.NotPseudonymised, $"ground '{ground.Id}' holds only for data the receiver cannot re-identify");
        }
        else if (!recipient.Grounds.Contains(ground.Id) || (ground.RecipientKinds.Count > 0 && !ground.RecipientKinds.Contains(recipient.Kind!.Value)))
        {
            return SharingDecision.Deny(SharingCode.GroundNotForRecipient, $"recipient '{recipient.Id}' does not receive data on ground '{ground.Id}'");
        }

        if (!Covers(recipient.Purposes, flow.Purpose))
            return SharingDecision.Deny(SharingCode.RecipientNotPermitted, $"recipient '{recipient.Id}' does not receive data for purpose '{flow.Purpose}'");
        foreach (var category in flow.Categories)
            if (!Covers(recipient.Categories, category))
                return SharingDecision.Deny(SharingCode.RecipientNotPermitted, $"recipient '{recipient.Id}' does not receive category '{category}'");

        if (recipient.Kind != RecipientKind.Authority && !recipient.HasAny(today))
            return SharingDecision.Deny(SharingCode.AgreementMissing, $"recipient '{recipient.Id}' has no agreement in force");

        if (recipient.Kind == RecipientKind.Acquirer && !flowConsent && !recipient.Has(AgreementKind.SuccessorUndertaking, today))
            return SharingDecision.Deny(SharingCode.SuccessorNotBound,
                $"successor '{recipient.Id}' has not undertaken to stay bound by this policy, and the person has not consented again");

        if (ground.RequiresConsent && !flowConsent)
            return SharingDecision.Deny(SharingCode.ConsentMissing, $"ground '{ground.Id}' needs the person's consent to this recipient");

        return new SharingDecision(SharingCode.Allowed, $"allowed on ground '{ground.Id}'", ground.LegalReference);
    }

    public static bool IsPseudonymisedGround(Ground ground) => ground.Exception && ground.Promises.Contains(PseudonymisedPromise);

    /// <summary>A listed id covers itself and everything below it (contact covers contact.email).</summary>
    public static bool Covers(IEnumerable<string> listed, string id) =>
        listed.Any(p => id == p || id.StartsWith(p + ".", StringComparison.Ordinal));
}

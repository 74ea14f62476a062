using Steward.Core.Catalogue.Model;

namespace Steward.Core.Gate;

/// <summary>The decision itself: pure, in memory, and free of allocation when it allows. Applies, in
/// order: the purpose and its categories, the subject, the actor's role or key, the purpose's kinds of
/// subject, restriction and objection, juvenile protection, consent, and the recipient.</summary>
public static class PolicyEngine
{
    public static Decision Evaluate(CompiledPolicy policy, in DecisionRequest request, SubjectState? subject, DateOnly today)
    {
        var purposeIndex = policy.PurposeIndex(request.Purpose);
        if (purposeIndex < 0) return Decision.Deny(DecisionCode.UnknownPurpose, $"unknown purpose '{request.Purpose}'");
        var purpose = policy.Purposes[purposeIndex];

        var categories = request.Categories;
        for (var i = 0; i < categories.Count; i++)
        {
            var index = policy.CategoryIndex(categories[i]);
            if (index < 0) return Decision.Deny(DecisionCode.UnknownCategory, $"unknown category '{categories[i]}'");
            if (!purpose.Categories.Contains(index))
                return Decision.Deny(DecisionCode.CategoryNotDeclared, $"purpose '{purpose.Id}' does not declare category '{categories[i]}'");
        }
        if (subject is null) return Decision.Deny(DecisionCode.UnknownSubject, $"unknown subject '{request.SubjectId}'");

        if (!ActorMayActFor(policy, request, purpose, purposeIndex))
            return Decision.Deny(DecisionCode.RoleNotPermitted, $"{request.Actor.Kind} '{request.Actor.Id}' does not act for purpose '{purpose.Id}'");
        if (purpose.SubjectKinds is { } kinds && !kinds.Contains(subject.KindIndex) && !(subject.Juvenile && purpose.ConcernsJuveniles))
            return Decision.Deny(DecisionCode.SubjectKindNotCovered);

        // What the law requires goes on regardless of restriction, objection or consent.
        if (purpose.Basis != LegalBasis.LegalObligation)
        {
            if (subject.Restricted.Contains(purposeIndex)) return Decision.Deny(DecisionCode.Restricted);
            if (subject.Objected.Contains(purposeIndex)) return Decision.Deny(DecisionCode.Objected);
            if (subject.Juvenile && !subject.GuardianConsent)
                return Decision.Deny(DecisionCode.JuvenileWithoutGuardianConsent);
        }
        if (purpose.Basis == LegalBasis.Consent && !subject.Consented.Contains(purposeIndex))
            return Decision.Deny(DecisionCode.NoLiveConsent);

        return request.Recipient is null ? Decision.Allow(purpose.Basis) : CheckRecipient(policy, request, purpose, purposeIndex, today);
    }

    /// <summary>Erasure is refused while a legal hold keeps the subject's data.</summary>
    public static Decision EvaluateErasure(SubjectState? subject) =>
        subject is null ? Decision.Deny(DecisionCode.UnknownSubject)
        : subject.OnLegalHold ? Decision.Deny(DecisionCode.LegalHold)
        : Decision.Allow(LegalBasis.LegalObligation);

    private static bool ActorMayActFor(CompiledPolicy policy, in DecisionRequest request, CompiledPurpose purpose, int purposeIndex)
    {
        var actor = request.Actor;
        switch (actor.Kind)
        {
            case ActorKind.System:
                return true;
            case ActorKind.Subject:
                return Guid.TryParse(actor.Id, out var self) && self == request.SubjectId;
            case ActorKind.Staff:
                for (var i = 0; i < actor.Roles.Count; i++)
                    if (policy.RoleActsFor(actor.Roles[i], purposeIndex)) return true;
                return false;
            case ActorKind.ApiClient:
                var allowed = actor.Purposes ?? [];
                for (var i = 0; i < allowed.Count; i++)
                    if (Covers(allowed[i], purpose.Id)) return true;
                return false;
            default:
                return false;
        }
    }

    private static Decision CheckRecipient(CompiledPolicy policy, in DecisionRequest request, CompiledPurpose purpose, int purposeIndex, DateOnly today)
    {
        if (policy.Recipient(request.Recipient!) is not { } recipient)
            return Decision.Deny(DecisionCode.UnknownRecipient, $"unknown recipient '{request.Recipient}'");
        if (!recipient.Purposes.Contains(purposeIndex))
            return Decision.Deny(DecisionCode.RecipientNotPermitted, $"recipient '{request.Recipient}' does not receive data for purpose '{purpose.Id}'");
        for (var i = 0; i < request.Categories.Count; i++)
            if (!recipient.Categories.Contains(policy.CategoryIndex(request.Categories[i])))
                return Decision.Deny(DecisionCode.RecipientNotPermitted, $"recipient '{request.Recipient}' does not receive category '{request.Categories[i]}'");
        if (recipient.Recipient.Kind != RecipientKind.Authority && !recipient.Recipient.Agreements.Exists(a =>
                a.SignedOn <= today && (a.ExpiresOn is null || a.ExpiresOn >= today)))
            return Decision.Deny(DecisionCode.RecipientAgreementMissing, $"recipient '{request.Recipient}' has no agreement in force");
        return Decision.Allow(purpose.Basis);
    }

    private static bool Covers(string parent, string id) =>
        id.Length >= parent.Length && id.StartsWith(parent, StringComparison.Ordinal) && (id.Length == parent.Length || id[parent.Length] == '.');
}

using Steward.Core.Catalogue.Model;

namespace Steward.Core.Gate;

/// <summary>What the gate is asked: may this actor use these categories of this subject's data for
/// this purpose (and, where data leaves, for this recipient)?</summary>
public readonly record struct DecisionRequest(
    ActorRef Actor, Guid SubjectId, IReadOnlyList<string> Categories, string Purpose, string? Recipient = null);

/// <summary>The gate's answer, with the reason and, when allowed, the legal basis relied on.</summary>
public readonly record struct Decision(DecisionCode Code, LegalBasis? Basis, string? Detail = null)
{
    public bool Allowed => Code == DecisionCode.Allowed;

    /// <summary>A short reason a person or a log can read; no personal data.</summary>
    public string Reason => Detail ?? Code switch
    {
        DecisionCode.Allowed => "allowed",
        DecisionCode.NoLiveConsent => "no live consent for this purpose",
        DecisionCode.Restricted => "the subject restricted use for this purpose",
        DecisionCode.Objected => "the subject objected to use for this purpose",
        DecisionCode.RoleNotPermitted => "the actor's role does not act for this purpose",
        DecisionCode.CategoryNotDeclared => "the purpose does not declare these categories",
        DecisionCode.SubjectKindNotCovered => "the purpose does not concern this kind of subject",
        DecisionCode.JuvenileWithoutGuardianConsent => "a juvenile's data without a verified guardian's consent",
        DecisionCode.LegalHold => "a legal hold keeps this data",
        DecisionCode.RecipientNotPermitted => "the recipient may not receive this",
        DecisionCode.RecipientAgreementMissing => "the recipient has no agreement in force",
        DecisionCode.UnknownPurpose => "unknown purpose",
        DecisionCode.UnknownCategory => "unknown category",
        DecisionCode.UnknownSubject => "unknown subject",
        DecisionCode.UnknownRecipient => "unknown recipient",
        _ => Code.ToString(),
    };

    public static Decision Allow(LegalBasis basis) => new(DecisionCode.Allowed, basis);
    public static Decision Deny(DecisionCode code, string? detail = null) => new(code, null, detail);
}

/// <summary>Why the gate decided as it did. The Unknown* codes mean the request named something that
/// does not exist: the API answers those with 400 or 404, not 403.</summary>
public enum DecisionCode
{
    Allowed,
    NoLiveConsent,
    Restricted,
    Objected,
    RoleNotPermitted,
    CategoryNotDeclared,
    SubjectKindNotCovered,
    JuvenileWithoutGuardianConsent,
    LegalHold,
    RecipientNotPermitted,
    RecipientAgreementMissing,
    UnknownPurpose,
    UnknownCategory,
    UnknownSubject,
    UnknownRecipient,
}

using Steward.Core.Catalogue.Model;
using Steward.Core.Gate;

namespace Steward.Core.Sharing;

/// <summary>In what form data leaves: as it is, under keyed pseudonyms the receiver cannot reverse
/// (P4.5), or anonymised so that no one can be identified (a P9.1 mechanism).</summary>
public enum DataForm { Identified, Pseudonymised, Anonymised }

/// <summary>One outbound flow, as the gate is asked about it: who sends what of whose data, for which
/// purpose, to which recipient, on which ground, and from which region's law.</summary>
/// <param name="Origin">The catalogue region whose law governs the data (where it was collected).</param>
public sealed record OutboundFlow(
    ActorRef Actor,
    Guid SubjectId,
    IReadOnlyList<string> Categories,
    string Purpose,
    string Recipient,
    string Ground,
    FlowKind Flow,
    string Origin,
    DataForm Form = DataForm.Identified);

/// <summary>Why an outbound flow was allowed or denied.</summary>
public enum SharingCode
{
    Allowed,
    /// <summary>The purpose gate itself denied (consent, restriction, role, ...).</summary>
    GateDenied,
    UnknownRecipient,
    UnknownGround,
    UnknownRegion,
    GroundNotForFlow,
    GroundNotForRecipient,
    RecipientNotPermitted,
    AgreementMissing,
    ConsentMissing,
    SuccessorNotBound,
    NotPseudonymised,
    TransferMechanismMissing,
}

/// <param name="LegalReference">For a P4.4 exception or a legal duty: the law relied on.</param>
/// <param name="Mechanism">For a flow that crosses a border: the transfer mechanism relied on.</param>
public sealed record SharingDecision(SharingCode Code, string Reason, string? LegalReference = null, string? Mechanism = null)
{
    public bool Allowed => Code == SharingCode.Allowed;
    public static SharingDecision Deny(SharingCode code, string reason) => new(code, reason);
}

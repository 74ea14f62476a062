namespace Steward.Core.Catalogue.Model;

/// <summary>Someone personal data may go to, and the agreements that bind them (P4.1, P4.6).</summary>
public sealed class Recipient : CatalogueEntry
{
    [Required] public RecipientKind? Kind { get; set; }
    /// <summary>ISO 3166-1 alpha-2 code of where the recipient processes the data.</summary>
    [Required] public string Country { get; set; } = "";
    public List<Agreement> Agreements { get; set; } = [];
    /// <summary>Purposes for which the recipient may receive data.</summary>
    public List<string> Purposes { get; set; } = [];
    /// <summary>Categories the recipient may receive.</summary>
    public List<string> Categories { get; set; } = [];
    /// <summary>Grounds on which data may go to the recipient.</summary>
    public List<string> Grounds { get; set; } = [];
}

public enum RecipientKind { Affiliate, ServiceProvider, Authority, Acquirer, ThirdParty }

public sealed class Agreement
{
    [Required] public AgreementKind? Kind { get; set; }
    public string? Reference { get; set; }
    [Required] public DateOnly? SignedOn { get; set; }
    public DateOnly? ExpiresOn { get; set; }
}

public enum AgreementKind
{
    Contract,
    NonDisclosure,
    DataProcessingClauses,
    StandardContractualClauses,
    ChinaStandardContract,
    BindingCorporateRules,
    SuccessorUndertaking,
}

/// <summary>A ground on which data may be shared, transferred or disclosed (P4.1 to P4.4).</summary>
public sealed class Ground : CatalogueEntry
{
    [Required] public List<FlowKind> Flows { get; set; } = [];
    public bool RequiresConsent { get; set; }
    /// <summary>One of the cases where no consent is needed (P4.4); names its legal reference.</summary>
    public bool Exception { get; set; }
    public string? LegalReference { get; set; }
    /// <summary>Kinds of recipient the ground applies to; empty means any.</summary>
    public List<RecipientKind> RecipientKinds { get; set; } = [];
}

public enum FlowKind { Sharing, Transfer, Disclosure }

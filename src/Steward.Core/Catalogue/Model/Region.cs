namespace Steward.Core.Catalogue.Model;

/// <summary>A legal region (EU, mainland China, ...): its countries, its rules and its authority.</summary>
public sealed class Region : CatalogueEntry
{
    /// <summary>ISO 3166-1 alpha-2 codes of the countries in the region.</summary>
    [Required] public List<string> Countries { get; set; } = [];
    /// <summary>Below this age a person is a juvenile and needs a guardian's consent (P7.1).</summary>
    [Required] public int? JuvenileAge { get; set; }
    /// <summary>Days to answer a rights request (P6.3).</summary>
    public int RequestDeadlineDays { get; set; } = 30;
    /// <summary>Days the deadline may be extended where the law allows.</summary>
    public int RequestExtensionDays { get; set; }
    /// <summary>Hours within which a breach is notified to the authority (P5.6).</summary>
    public int BreachNotificationHours { get; set; } = 72;
    public CookieConsentMode CookieConsent { get; set; } = CookieConsentMode.OptIn;
    /// <summary>Countries outside the region that it recognises as adequate.</summary>
    public List<string> AdequateCountries { get; set; } = [];
    /// <summary>Mechanisms that let personal data leave the region (P9.1).</summary>
    public List<string> TransferMechanisms { get; set; } = [];
    [Required] public Authority Authority { get; set; } = new();
}

public enum CookieConsentMode
{
    /// <summary>Nothing beyond strictly necessary cookies before an explicit yes.</summary>
    OptIn,
    /// <summary>Cookies are announced; people can refuse.</summary>
    NoticeOnly,
}

/// <summary>The data protection authority people can complain to (P6.6).</summary>
public sealed class Authority
{
    [Required] public LocalizedText Name { get; set; } = new();
    [Required] public string Url { get; set; } = "";
}

/// <summary>A lawful way for personal data to leave a region (P9.1).</summary>
public sealed class TransferMechanism : CatalogueEntry
{
    [Required] public TransferMechanismKind Kind { get; set; }
    /// <summary>For kind agreement: the agreement the recipient must have on file.</summary>
    public AgreementKind? Agreement { get; set; }
}

public enum TransferMechanismKind { Adequacy, Agreement, Consent, Anonymisation }

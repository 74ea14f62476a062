namespace Steward.Core.Catalogue.Model;

/// <summary>A class of cookies a person consents to as a whole (P3.1, P3.4).</summary>
public sealed class CookieCategory : CatalogueEntry
{
    /// <summary>False only for strictly necessary cookies.</summary>
    public bool RequiresConsent { get; set; } = true;
}

/// <summary>A cookie or local-storage key a site sets (P3.1).</summary>
public sealed class Cookie : CatalogueEntry
{
    [Required] public string Category { get; set; } = "";
    [Required] public string Purpose { get; set; } = "";
    /// <summary>"session", or an ISO 8601 duration for persistent cookies.</summary>
    [Required] public string Lifetime { get; set; } = "";
    /// <summary>"first_party", or the id of the recipient that sets it.</summary>
    public string Provider { get; set; } = "first_party";
}

/// <summary>Web beacons, pixel tags, click-through links and the like (P3.3).</summary>
public sealed class TrackingTechnology : CatalogueEntry
{
    [Required] public string Purpose { get; set; } = "";
    public bool RequiresConsent { get; set; } = true;
    /// <summary>Unsubscribing from the mailing list stops it.</summary>
    public bool StopsOnUnsubscribe { get; set; }
}

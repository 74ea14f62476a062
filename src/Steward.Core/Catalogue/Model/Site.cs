namespace Steward.Core.Catalogue.Model;

/// <summary>A site or app that links to the policy (P1.1).</summary>
public sealed class Site : CatalogueEntry
{
    [Required] public string Url { get; set; } = "";
    [Required] public string Region { get; set; } = "";
    /// <summary>Languages the site offers; each is a language of the catalogue.</summary>
    public List<string> Languages { get; set; } = [];
    /// <summary>Third-party services the site links to or embeds (P1.2, P8.1).</summary>
    public List<string> ThirdParties { get; set; } = [];
}

/// <summary>A service run by someone else, reached from the sites; outside this policy (P1.2, P8.1).</summary>
public sealed class ThirdPartyService : CatalogueEntry
{
    [Required] public string Url { get; set; } = "";
    public ThirdPartyUse Use { get; set; } = ThirdPartyUse.Link;
}

public enum ThirdPartyUse { Link, Embed }

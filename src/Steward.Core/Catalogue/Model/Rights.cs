namespace Steward.Core.Catalogue.Model;

/// <summary>A right a person has over their data (P6.1 to P6.6).</summary>
public sealed class Right : CatalogueEntry
{
    /// <summary>Whether a person can exercise it through the Privacy Center or a request.</summary>
    public bool Requestable { get; set; } = true;
}

/// <summary>A commitment stated in words where no other entry carries it
/// (security measures, breach notification, policy changes, ...).</summary>
public sealed class Statement : CatalogueEntry
{
    [Required] public NoticeSection? Section { get; set; }
}

/// <summary>The sections of the generated notice, in the order of the seed policy.</summary>
public enum NoticeSection
{
    Scope,
    Collection,
    Cookies,
    Sharing,
    Protection,
    Rights,
    Juveniles,
    ThirdParties,
    International,
    Changes,
    Contact,
}

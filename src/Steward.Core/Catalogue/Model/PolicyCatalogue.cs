namespace Steward.Core.Catalogue.Model;

/// <summary>The privacy policy as data: the root of a catalogue file.</summary>
public sealed class PolicyCatalogue
{
    [Required] public Organisation Organisation { get; set; } = new();
    [Required] public List<string> Languages { get; set; } = [];
    public string DefaultLanguage { get; set; } = "en";
    public NoticeSettings Notice { get; set; } = new();
    public List<Region> Regions { get; set; } = [];
    public List<TransferMechanism> TransferMechanisms { get; set; } = [];
    public List<Site> Sites { get; set; } = [];
    public List<ThirdPartyService> ThirdParties { get; set; } = [];
    public List<SubjectKind> SubjectKinds { get; set; } = [];
    public List<DataCategory> Categories { get; set; } = [];
    public List<Purpose> Purposes { get; set; } = [];
    public List<StaffRole> Roles { get; set; } = [];
    public List<Ground> Grounds { get; set; } = [];
    public List<Recipient> Recipients { get; set; } = [];
    public List<RetentionRule> Retention { get; set; } = [];
    public List<InterestScope> InterestScopes { get; set; } = [];
    public List<CollectionPoint> CollectionPoints { get; set; } = [];
    public List<CookieCategory> CookieCategories { get; set; } = [];
    public List<Cookie> Cookies { get; set; } = [];
    public List<TrackingTechnology> TrackingTechnologies { get; set; } = [];
    public List<Right> Rights { get; set; } = [];
    public List<Statement> Statements { get; set; } = [];
}

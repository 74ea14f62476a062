namespace Steward.Core.Catalogue.Model;

/// <summary>Why personal data is used (P2.4), with the legal basis for it (P2.5).
/// Ids are hierarchical: <c>marketing.email</c> is a child of <c>marketing</c>.</summary>
public sealed class Purpose : CatalogueEntry
{
    [Required] public LegalBasis? LegalBasis { get; set; }
    /// <summary>Categories the purpose may use; a parent category includes its children.</summary>
    [Required] public List<string> Categories { get; set; } = [];
    /// <summary>What a person agrees to; required where the legal basis is consent.</summary>
    public LocalizedText? ConsentWording { get; set; }
    /// <summary>The kinds of person whose data the purpose concerns; empty means all.</summary>
    public List<string> SubjectKinds { get; set; } = [];
}

public enum LegalBasis { Contract, Consent, LegitimateInterests, LegalObligation }

/// <summary>A staff role and the purposes it may act for.</summary>
public sealed class StaffRole : CatalogueEntry
{
    /// <summary>A parent purpose includes its children.</summary>
    public List<string> Purposes { get; set; } = [];
    /// <summary>Administrators manage Steward itself (users, keys), not personal data.</summary>
    public bool Administers { get; set; }
    /// <summary>Whether members must use two-factor sign-in.</summary>
    public bool RequiresTwoFactor { get; set; }
}

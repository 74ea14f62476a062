namespace Steward.Core.Catalogue.Model;

/// <summary>A kind of person whose data is held: visitor, account holder, job applicant, ...</summary>
public sealed class SubjectKind : CatalogueEntry
{
    /// <summary>True for juveniles, whose data needs a guardian's consent (P7.1).</summary>
    public bool Juvenile { get; set; }
}

/// <summary>A kind of data. Ids are hierarchical: <c>contact.email</c> is a child of <c>contact</c>.</summary>
public sealed class DataCategory : CatalogueEntry
{
    public bool Sensitive { get; set; }
    /// <summary>False for non-personal data such as visit counts, kept apart (P2.6).</summary>
    public bool Personal { get; set; } = true;
}

/// <summary>A topic a person can sign up for news about (P2.3).</summary>
public sealed class InterestScope : CatalogueEntry;

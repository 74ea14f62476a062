namespace Steward.Core.Catalogue.Model;

/// <summary>How long data is kept, counted from an event, and what happens then (P5.3, P5.4).</summary>
public sealed class RetentionRule : CatalogueEntry
{
    /// <summary>A parent category includes its children.</summary>
    [Required] public List<string> Categories { get; set; } = [];
    /// <summary>Narrows the rule to these purposes; empty means any.</summary>
    public List<string> Purposes { get; set; } = [];
    /// <summary>Narrows the rule to these kinds of person; empty means all.</summary>
    public List<string> SubjectKinds { get; set; } = [];
    /// <summary>ISO 8601 duration: P30D, P6M, P3Y.</summary>
    [Required] public string Period { get; set; } = "";
    [Required] public RetentionEvent? From { get; set; }
    public RetentionAction Then { get; set; } = RetentionAction.Erase;
    /// <summary>The law that requires keeping data longer, where one does.</summary>
    public string? LegalReference { get; set; }
}

public enum RetentionEvent { Collection, LastActivity, ApplicationClosed, Deregistration, ConsentWithdrawn, Visit }

public enum RetentionAction { Erase, Anonymise }

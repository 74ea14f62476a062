namespace Steward.Core.Catalogue.Model;

/// <summary>A form on the sites that collects personal data (P2.1 to P2.3).</summary>
public sealed class CollectionPoint : CatalogueEntry
{
    /// <summary>Sites that show the form; empty means every site.</summary>
    public List<string> Sites { get; set; } = [];
    [Required] public string SubjectKind { get; set; } = "";
    /// <summary>Purposes the data is collected for; consent purposes are asked separately.</summary>
    [Required] public List<string> Purposes { get; set; } = [];
    /// <summary>Consent purposes without which the form has no point (the news a sign-up asks for):
    /// still asked separately and unticked, but the form is refused without them.</summary>
    public List<string> RequiredConsents { get; set; } = [];
    [Required] public List<FormField> Fields { get; set; } = [];
}

public sealed class FormField
{
    [Required] public string Id { get; set; } = "";
    [Required] public FieldType? Type { get; set; }
    [Required] public LocalizedText Label { get; set; } = new();
    /// <summary>The data category the value belongs to; groups take it from their fields.</summary>
    public string? Category { get; set; }
    public bool Required { get; set; }
    public int? MaxLength { get; set; }
    /// <summary>Choices for select fields.</summary>
    public List<FieldOption> Options { get; set; } = [];
    /// <summary>For select fields: take the choices from the interest scopes.</summary>
    public bool OptionsFromInterestScopes { get; set; }
    /// <summary>For group fields: the fields of one entry.</summary>
    public List<FormField> Fields { get; set; } = [];
    /// <summary>For group fields: whether a person can add several entries.</summary>
    public bool Repeatable { get; set; }
}

public enum FieldType { Text, Textarea, Email, Telephone, Date, YearOrDate, Country, Select, MultiSelect, File, Password, Group }

public sealed class FieldOption
{
    [Required] public string Value { get; set; } = "";
    [Required] public LocalizedText Label { get; set; } = new();
}

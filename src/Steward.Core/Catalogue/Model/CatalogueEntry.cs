namespace Steward.Core.Catalogue.Model;

/// <summary>What every entry of the catalogue has: an id, a name and description in every language,
/// and the promise IDs of the policy it serves.</summary>
public abstract class CatalogueEntry
{
    [Required] public string Id { get; set; } = "";
    [Required] public LocalizedText Name { get; set; } = new();
    public LocalizedText? Description { get; set; }
    public List<string> Promises { get; set; } = [];

    public override string ToString() => Id;
}

/// <summary>Marks a catalogue key that must be present.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class RequiredAttribute : Attribute;

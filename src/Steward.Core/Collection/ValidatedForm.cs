using Steward.Core.Vault;

namespace Steward.Core.Collection;

/// <summary>The result of checking a submission: either errors, or the clean values in the form the
/// vault stores (telephones E.164, emails trimmed, dates ISO 8601), ready for <see cref="CollectionService"/>.</summary>
public sealed class ValidatedForm
{
    public List<FieldError> Errors { get; } = [];
    /// <summary>Clean values by field id, for fields of any type (passwords included).</summary>
    public Dictionary<string, string> Clean { get; } = new(StringComparer.Ordinal);
    /// <summary>What goes into the vault: every declared field except passwords.</summary>
    public List<VaultValue> VaultValues { get; } = [];
    /// <summary>Consent purposes of the point, each with whether the person ticked it.</summary>
    public Dictionary<string, bool> Consents { get; } = new(StringComparer.Ordinal);
    /// <summary>The earliest birth date the person's answer allows (a year alone counts as its 31 December,
    /// so that a doubt about age protects the person), or null when the form asks none.</summary>
    public DateOnly? LatestBirthDate { get; set; }

    public bool IsValid => Errors.Count == 0;

    public void Add(string field, FieldProblem problem, int? limit = null) => Errors.Add(new FieldError(field, problem, limit));
}

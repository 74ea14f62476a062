namespace Steward.Core.Collection;

/// <summary>What a person sent through a collection point, as posted: values by field id (several
/// for a multi-select), the consent purposes they ticked, and where and how they saw the form.</summary>
/// <param name="IdempotencyKey">The random key hidden in the form: posting it twice stores one record.</param>
/// <param name="NoticeVersion">The notice version the form showed, which each consent record names.</param>
public sealed record FormSubmission(
    string PointId,
    string SiteId,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Values,
    IReadOnlySet<string> Consents,
    string IdempotencyKey,
    string NoticeVersion,
    string Language)
{
    public string Value(string fieldId) => Values.TryGetValue(fieldId, out var v) && v.Count > 0 ? v[0] : "";
}

using Steward.Core.Catalogue;
using Steward.Core.Catalogue.Model;
using Steward.Core.Collection;

namespace Steward.Sites;

/// <summary>What the <c>_CollectionFields</c> partial renders inside a page's form for one collection point: its fields with
/// what was posted and the error beside each, the short notice, and one unticked box per consent purpose.</summary>
public sealed class CollectionFormView
{
    public required CollectionPoint Point { get; init; }
    public required Site Site { get; init; }
    public required PolicyCatalogue Catalogue { get; init; }
    public required string Language { get; init; }
    public required string NoticeVersion { get; init; }
    public required string IdempotencyKey { get; init; }
    public required IReadOnlyList<Purpose> ConsentPurposes { get; init; }
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Values { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
    public IReadOnlySet<string> Consents { get; init; } = new HashSet<string>();
    public IReadOnlyList<FieldError> Errors { get; set; } = [];
    /// <summary>Labels and messages of fields a page adds itself, by field id.</summary>
    public Dictionary<string, (string Label, string Message)> PageFields { get; } = new(StringComparer.Ordinal);

    public SiteText Text => SiteText.In(Language);

    /// <summary>Purposes the data is used for without a choice (contract, law, legitimate interests).</summary>
    public IEnumerable<Purpose> OtherPurposes => Catalogue.Purposes.Where(p => Point.Purposes.Contains(p.Id) && p.LegalBasis != LegalBasis.Consent);

    public string Value(string field) => Values.TryGetValue(field, out var v) && v.Count > 0 ? v[0] : "";
    public bool Chosen(string field, string option) => Values.TryGetValue(field, out var v) && v.Contains(option);
    public string? Error(string field) => PageFields.TryGetValue(field, out var own) && Errors.Any(e => e.Field == field) ? own.Message : Errors.FirstOrDefault(e => e.Field == field) is { } e ? Text.Problem(e.Problem, e.Limit) : null;

    public IReadOnlyList<(string Value, string Label)> Options(FormField field) => field.OptionsFromInterestScopes
        ? [.. Catalogue.InterestScopes.Select(s => (s.Id, s.Name.In(Language)))]
        : [.. field.Options.Select(o => (o.Value, o.Label.In(Language)))];
}

/// <summary>Reads a posted collection form and builds its view.</summary>
public static class CollectionForms
{
    public const string KeyField = "idempotency_key";
    public const string NoticeField = "notice_version";
    public const string ConsentField = "consent";

    public static FormSubmission Read(IFormCollection form, string pointId, string siteId, string language, string noticeVersion)
    {
        ArgumentNullException.ThrowIfNull(form);
        var values = form.Keys.Where(k => k is not (KeyField or NoticeField or ConsentField) && !k.StartsWith("__", StringComparison.Ordinal))
            .ToDictionary(k => k, k => (IReadOnlyList<string>)[.. form[k].Select(v => v ?? "")], StringComparer.Ordinal);
        var consents = form[ConsentField].Select(v => v ?? "").ToHashSet(StringComparer.Ordinal);
        return new FormSubmission(pointId, siteId, values, consents, form[KeyField].ToString(), noticeVersion, language);
    }

    public static CollectionFormView View(LoadedCatalogue catalogue, CollectionService collection, CollectionPoint point, Site site,
        string language, string noticeVersion, FormSubmission? posted = null, IReadOnlyList<FieldError>? errors = null) => new()
    {
        Point = point,
        Site = site,
        Catalogue = catalogue.Policy,
        Language = language,
        NoticeVersion = noticeVersion,
        IdempotencyKey = posted is { IdempotencyKey.Length: > 0 } ? posted.IdempotencyKey : LinkTokens.New(),
        ConsentPurposes = collection.ConsentPurposes(point),
        Values = posted?.Values.Where(v => !IsSecret(point, v.Key))
            .ToDictionary(v => v.Key, v => (IReadOnlyList<string>)[.. v.Value.Select(Printable)]) ?? new Dictionary<string, IReadOnlyList<string>>(),
        Consents = posted?.Consents ?? new HashSet<string>(),
        Errors = errors ?? [],
    };

    // What is echoed back into the page leaves out control characters (a NUL breaks the response).
    private static string Printable(string value) => string.Concat(value.Where(c => !char.IsControl(c) || c is '\r' or '\n' or '\t'));

    // A password is never echoed back into the page.
    private static bool IsSecret(CollectionPoint point, string field) => point.Fields.Exists(f => f.Id == field && f.Type == FieldType.Password);
}

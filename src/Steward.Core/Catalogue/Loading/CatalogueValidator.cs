using System.Collections;
using System.Text.RegularExpressions;
using Steward.Core.Catalogue.Model;

namespace Steward.Core.Catalogue.Loading;

/// <summary>The checks that need the whole catalogue: unique ids, references that resolve, a legal basis
/// and consent wording where due, a retention rule for every category, every text in every language.
/// Each problem is reported with the path of the entry, which the loader turns into line and column.</summary>
internal sealed partial class CatalogueValidator(PolicyCatalogue catalogue, Action<string, string> report)
{
    [GeneratedRegex(@"^P\d+\.\d+$")] private static partial Regex PromiseId();
    [GeneratedRegex(@"^[A-Z]{2}$")] private static partial Regex CountryCode();
    [GeneratedRegex(@"^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$")] private static partial Regex EntryId();

    public static void Validate(PolicyCatalogue catalogue, Action<string, string> report) =>
        new CatalogueValidator(catalogue, report).Run();

    private void Run()
    {
        var c = catalogue;
        CheckLanguages();
        var regions = Ids("regions", c.Regions);
        var mechanisms = Ids("transfer_mechanisms", c.TransferMechanisms);
        var sites = Ids("sites", c.Sites);
        var thirdParties = Ids("third_parties", c.ThirdParties);
        var kinds = Ids("subject_kinds", c.SubjectKinds);
        var categories = Ids("categories", c.Categories);
        var purposes = Ids("purposes", c.Purposes);
        Ids("roles", c.Roles);
        var grounds = Ids("grounds", c.Grounds);
        var recipients = Ids("recipients", c.Recipients);
        Ids("retention", c.Retention);
        Ids("interest_scopes", c.InterestScopes);
        Ids("collection_points", c.CollectionPoints);
        var cookieCategories = Ids("cookie_categories", c.CookieCategories);
        Ids("cookies", c.Cookies);
        Ids("tracking_technologies", c.TrackingTechnologies);
        Ids("rights", c.Rights);
        Ids("statements", c.Statements);

        Hierarchy("categories", c.Categories, categories);
        Hierarchy("purposes", c.Purposes, purposes);

        Each("regions", c.Regions, (p, r) =>
        {
            Refs(p, "transfer_mechanisms", r.TransferMechanisms, mechanisms, "transfer mechanism");
            for (var i = 0; i < r.Countries.Count; i++) Country($"{p}.countries[{i}]", r.Countries[i]);
            for (var i = 0; i < r.AdequateCountries.Count; i++) Country($"{p}.adequate_countries[{i}]", r.AdequateCountries[i]);
            if (r.JuvenileAge is < 1 or > 21) report($"{p}.juvenile_age", $"region '{r.Id}': juvenile_age {r.JuvenileAge} is not a plausible age");
            WebAddress($"{p}.authority.url", r.Authority.Url);
            if (r.RequestDeadlineDays < 1) report($"{p}.request_deadline_days", $"region '{r.Id}': request_deadline_days must be at least 1");
        });
        Each("transfer_mechanisms", c.TransferMechanisms, (p, m) =>
        {
            if (m.Kind == TransferMechanismKind.Agreement && m.Agreement is null)
                report(p, $"transfer mechanism '{m.Id}' is of kind agreement but names no agreement");
        });
        Each("sites", c.Sites, (p, s) =>
        {
            Ref(p, "region", s.Region, regions, "region");
            Refs(p, "third_parties", s.ThirdParties, thirdParties, "third party");
            for (var i = 0; i < s.Languages.Count; i++)
                if (!c.Languages.Contains(s.Languages[i])) report($"{p}.languages[{i}]", $"site '{s.Id}' offers '{s.Languages[i]}', which is not a language of the catalogue");
            WebAddress($"{p}.url", s.Url);
        });
        Each("third_parties", c.ThirdParties, (p, t) => WebAddress($"{p}.url", t.Url));
        if (c.Organisation.Contact.WebForm is { } form && !Notices.MarkdownWriter.IsSafeAddress(form))
            report("organisation.contact.web_form", $"'{form}' is not an http(s) address or a path of the site such as /contact");
        Each("purposes", c.Purposes, (p, purpose) =>
        {
            Refs(p, "categories", purpose.Categories, categories, "category");
            Refs(p, "subject_kinds", purpose.SubjectKinds, kinds, "subject kind");
            if (purpose.LegalBasis == LegalBasis.Consent && purpose.ConsentWording is null)
                report(p, $"purpose '{purpose.Id}' rests on consent but has no consent_wording for people to agree to");
        });
        Each("roles", c.Roles, (p, r) => Refs(p, "purposes", r.Purposes, purposes, "purpose"));
        Each("grounds", c.Grounds, (p, g) =>
        {
            if (g.Exception && string.IsNullOrWhiteSpace(g.LegalReference))
                report(p, $"ground '{g.Id}' is an exception to consent, so it must name its legal_reference");
        });
        Each("recipients", c.Recipients, (p, r) =>
        {
            Country($"{p}.country", r.Country);
            Refs(p, "purposes", r.Purposes, purposes, "purpose");
            Refs(p, "categories", r.Categories, categories, "category");
            Refs(p, "grounds", r.Grounds, grounds, "ground");
            if (r.Agreements.Count == 0 && r.Kind != RecipientKind.Authority)
                report(p, $"recipient '{r.Id}' has no agreement; every recipient is bound by one (P4.6)");
            for (var i = 0; i < r.Agreements.Count; i++)
                if (r.Agreements[i] is { SignedOn: { } signed, ExpiresOn: { } expires } && expires <= signed)
                    report($"{p}.agreements[{i}].expires_on", $"recipient '{r.Id}': an agreement expires before it was signed");
        });
        Each("retention", c.Retention, (p, r) =>
        {
            Refs(p, "categories", r.Categories, categories, "category");
            Refs(p, "purposes", r.Purposes, purposes, "purpose");
            Refs(p, "subject_kinds", r.SubjectKinds, kinds, "subject kind");
            Period($"{p}.period", r.Period);
        });
        Each("collection_points", c.CollectionPoints, (p, point) => CheckCollectionPoint(p, point, sites, kinds, purposes, categories));
        Each("cookies", c.Cookies, (p, cookie) =>
        {
            Ref(p, "category", cookie.Category, cookieCategories, "cookie category");
            Ref(p, "purpose", cookie.Purpose, purposes, "purpose");
            if (cookie.Provider != "first_party") Ref(p, "provider", cookie.Provider, recipients, "recipient (or first_party)");
            if (cookie.Lifetime != "session") Period($"{p}.lifetime", cookie.Lifetime);
        });
        Each("tracking_technologies", c.TrackingTechnologies, (p, t) => Ref(p, "purpose", t.Purpose, purposes, "purpose"));
        Period("notice.material_change_lead_time", c.Notice.MaterialChangeLeadTime);

        CheckRetentionCoversEveryCategory();
        CheckRoles();
        new TranslationChecker(c.Languages, report).Check(c);
        CheckPromiseIds(c, "");
    }

    private void CheckLanguages()
    {
        if (catalogue.Languages.Count == 0) report("languages", "the catalogue names no language");
        if (!catalogue.Languages.Contains(catalogue.DefaultLanguage))
            report("default_language", $"default_language '{catalogue.DefaultLanguage}' is not one of languages: {string.Join(", ", catalogue.Languages)}");
        foreach (var duplicate in catalogue.Languages.GroupBy(l => l, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
            report("languages", $"language '{duplicate.Key}' is listed twice");
    }

    private void CheckCollectionPoint(string p, CollectionPoint point, HashSet<string> sites, HashSet<string> kinds, HashSet<string> purposes, HashSet<string> categories)
    {
        Refs(p, "sites", point.Sites, sites, "site");
        Ref(p, "subject_kind", point.SubjectKind, kinds, "subject kind");
        Refs(p, "purposes", point.Purposes, purposes, "purpose");
        foreach (var required in point.RequiredConsents)
        {
            if (!point.Purposes.Contains(required) || catalogue.Purposes.Find(x => x.Id == required)?.LegalBasis != LegalBasis.Consent)
                report($"{p}.required_consents", $"collection point '{point.Id}': required consent '{required}' is not one of its purposes based on consent");
        }
        var declared = catalogue.Purposes.Where(x => point.Purposes.Contains(x.Id)).SelectMany(x => x.Categories).ToList();
        var fieldIds = new HashSet<string>(StringComparer.Ordinal);
        void CheckFields(string path, List<FormField> fields)
        {
            for (var i = 0; i < fields.Count; i++)
            {
                var f = fields[i];
                var fp = $"{path}[{i}]";
                if (!fieldIds.Add(f.Id)) report($"{fp}.id", $"collection point '{point.Id}': field id '{f.Id}' is used twice");
                if (f.Type == FieldType.Group)
                {
                    if (f.Fields.Count == 0) report(fp, $"collection point '{point.Id}': group field '{f.Id}' has no fields");
                    CheckFields($"{fp}.fields", f.Fields);
                    continue;
                }
                if (f.Category is null) { report(fp, $"collection point '{point.Id}': field '{f.Id}' names no category"); continue; }
                if (!categories.Contains(f.Category)) { report($"{fp}.category", $"unknown category '{f.Category}'"); continue; }
                if (!declared.Any(d => Covers(d, f.Category)))
                    report($"{fp}.category", $"collection point '{point.Id}': field '{f.Id}' collects '{f.Category}', which none of its purposes declares");
                if (f.Type is FieldType.Select or FieldType.MultiSelect && f.Options.Count == 0 && !f.OptionsFromInterestScopes)
                    report(fp, $"collection point '{point.Id}': select field '{f.Id}' has no options");
            }
        }
        CheckFields($"{p}.fields", point.Fields);
    }

    private void CheckRetentionCoversEveryCategory() =>
        Each("categories", catalogue.Categories, (p, category) =>
        {
            // A parent is covered when each of its children is; a rule on the parent covers them all.
            if (catalogue.Categories.Any(child => child.Id.StartsWith(category.Id + ".", StringComparison.Ordinal))) return;
            if (!catalogue.Retention.Any(rule => rule.Categories.Any(r => Covers(r, category.Id))))
                report(p, $"category '{category.Id}' has no retention rule; say how long it is kept (P5.3)");
        });

    private void CheckRoles()
    {
        if (catalogue.Roles.Count > 0 && !catalogue.Roles.Any(r => r.Administers))
            report("roles", "no role administers Steward (administers: true); nobody could manage staff and keys");
    }

    /// <summary>Every promise id anywhere in the catalogue has the shape P&lt;section&gt;.&lt;n&gt;.</summary>
    private void CheckPromiseIds(object node, string path)
    {
        foreach (var (childPath, value) in CatalogueNodes.Children(node, path))
        {
            if (childPath.EndsWith(".promises", StringComparison.Ordinal) || childPath == "organisation.promises")
            {
                var list = (List<string>)value;
                for (var i = 0; i < list.Count; i++)
                    if (!PromiseId().IsMatch(list[i])) report($"{childPath}[{i}]", $"'{list[i]}' is not a promise id such as P2.4");
            }
            else if (value is CatalogueEntry or Organisation || value is IList { Count: > 0 } and not List<string>)
            {
                CheckPromiseIds(value, childPath);
            }
        }
    }

    private HashSet<string> Ids<T>(string list, List<T> entries) where T : CatalogueEntry
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < entries.Count; i++)
        {
            var id = entries[i].Id;
            if (id.Length == 0) continue; // reported as a missing key
            if (!EntryId().IsMatch(id)) report($"{list}[{i}].id", $"id '{id}' must be lower case letters, digits and _, with . between levels");
            if (!ids.Add(id)) report($"{list}[{i}].id", $"duplicate id '{id}' in {list}");
        }
        return ids;
    }

    private void Hierarchy<T>(string list, List<T> entries, HashSet<string> ids) where T : CatalogueEntry =>
        Each(list, entries, (p, entry) =>
        {
            var cut = entry.Id.LastIndexOf('.');
            if (cut > 0 && !ids.Contains(entry.Id[..cut]))
                report($"{p}.id", $"'{entry.Id}' is under '{entry.Id[..cut]}', which {list} does not declare");
        });

    private static void Each<T>(string list, List<T> entries, Action<string, T> check)
    {
        for (var i = 0; i < entries.Count; i++) check($"{list}[{i}]", entries[i]);
    }

    private void Refs(string path, string key, List<string> values, HashSet<string> known, string what)
    {
        for (var i = 0; i < values.Count; i++) Ref($"{path}.{key}[{i}]", null, values[i], known, what);
    }

    private void Ref(string path, string? key, string value, HashSet<string> known, string what)
    {
        if (value.Length > 0 && !known.Contains(value))
            report(key is null ? path : $"{path}.{key}", $"unknown {what} '{value}'");
    }

    private void Country(string path, string code)
    {
        if (!CountryCode().IsMatch(code)) report(path, $"'{code}' is not an ISO 3166-1 alpha-2 country code such as CN or DE");
    }

    private void Period(string path, string text)
    {
        if (!IsoPeriod.TryParse(text, out _)) report(path, $"'{text}' is not a period such as P30D, P6M or P3Y");
    }

    private void WebAddress(string path, string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
            report(path, $"'{url}' is not an http(s) address");
    }

    /// <summary>Whether hierarchical id <paramref name="parent"/> is <paramref name="id"/> or one of its ancestors.</summary>
    internal static bool Covers(string parent, string id) =>
        id == parent || id.StartsWith(parent + ".", StringComparison.Ordinal);
}

using Steward.Core.Catalogue.Loading;
using Steward.Core.Catalogue.Model;
using static Steward.Core.Notices.MarkdownWriter;

namespace Steward.Core.Notices;

/// <summary>Writes the human-readable privacy notice of one site in one language, from the catalogue
/// alone, so that what people read can never drift from what Steward enforces.</summary>
public sealed class NoticeComposer(PolicyCatalogue catalogue)
{
    public string Compose(Site site, string language)
    {
        var s = NoticeStrings.For(language);
        var w = new MarkdownWriter();
        string T(LocalizedText? text) => text?.In(language, catalogue.DefaultLanguage) ?? "";
        string Named(CatalogueEntry entry) => entry.Description is null ? Bold(T(entry.Name)) : $"{Bold(T(entry.Name))}{s.Colon}{Escape(T(entry.Description))}";
        string Join(IEnumerable<string> parts) => string.Join(s.ListSeparator, parts);
        var context = new Context(catalogue, language, s, w, T, Named, Join);

        w.Heading(1, $"{T(catalogue.Organisation.Name)} · {s.Title}");
        w.Paragraph(s.Intro(T(catalogue.Organisation.Name), T(site.Name)));
        w.Bullets(Enum.GetValues<NoticeSection>().Select(section => Link(s.Headings[section], "#" + Anchor(section))));
        foreach (var section in Enum.GetValues<NoticeSection>())
        {
            w.Heading(2, s.Headings[section], Anchor(section));
            Sections[section](context, site);
            w.Bullets(catalogue.Statements.Where(st => st.Section == section).Select(Named));
        }
        return w.ToString();
    }

    /// <summary>The same anchor in every language, so a link to a section survives a language switch.</summary>
    public static string Anchor(NoticeSection section) => section.ToString().ToLowerInvariant();

    private sealed record Context(
        PolicyCatalogue Catalogue, string Language, NoticeStrings S, MarkdownWriter W,
        Func<LocalizedText?, string> T, Func<CatalogueEntry, string> Named, Func<IEnumerable<string>, string> Join)
    {
        public string CategoryName(string id) => Catalogue.Categories.FirstOrDefault(c => c.Id == id) is { } c ? T(c.Name) : id;
        public string PurposeName(string id) => Catalogue.Purposes.FirstOrDefault(p => p.Id == id) is { } p ? T(p.Name) : id;
        public string RegionName(string id) => Catalogue.Regions.FirstOrDefault(r => r.Id == id) is { } r ? T(r.Name) : id;
        public string Country(string code) => CountryNames.Name(code, Language) + S.Bracket(code);
        public string Period(string text) => IsoPeriod.TryParse(text, out var p) ? S.Period(p) : text;
    }

    private static readonly Dictionary<NoticeSection, Action<Context, Site>> Sections = new()
    {
        [NoticeSection.Scope] = Scope,
        [NoticeSection.Collection] = Collection,
        [NoticeSection.Cookies] = Cookies,
        [NoticeSection.Sharing] = Sharing,
        [NoticeSection.Protection] = Protection,
        [NoticeSection.Rights] = Rights,
        [NoticeSection.Juveniles] = Juveniles,
        [NoticeSection.ThirdParties] = ThirdParties,
        [NoticeSection.International] = International,
        [NoticeSection.Changes] = Changes,
        [NoticeSection.Contact] = Contact,
    };

    private static void Scope(Context c, Site site)
    {
        c.W.Paragraph(c.S.SitesCovered);
        c.W.Bullets(c.Catalogue.Sites.Select(other => Link(c.T(other.Name), other.Url)));
    }

    private static void Collection(Context c, Site site)
    {
        c.W.Heading(3, c.S.WhatWeCollect);
        // The notice covers every site, so it names every form, whichever site shows it.
        c.W.Bullets(c.Catalogue.CollectionPoints.Select(p => $"{Bold(c.T(p.Name))} {Escape(c.S.FormCollects)}{c.S.Colon}{Escape(c.Join(FieldCategories(p.Fields).Distinct().Select(c.CategoryName)))}"));
        c.W.Heading(3, c.S.AllCategories);
        c.W.NestedBullets(c.Catalogue.Categories.Select(cat => (cat.Id.Count(ch => ch == '.'),
            c.Named(cat) + (cat.Sensitive ? c.S.Bracket(Escape(c.S.Sensitive)) : !cat.Personal ? c.S.Bracket(Escape(c.S.NonPersonal)) : ""))));
        c.W.Heading(3, c.S.HowWeUse);
        c.W.Table(
            [c.S.PurposeColumn, c.S.BasisColumn, c.S.CategoriesColumn],
            c.Catalogue.Purposes.Select(p => (IReadOnlyList<string>)
            [
                p.Description is null ? Escape(c.T(p.Name)) : $"{Bold(c.T(p.Name))}{c.S.Colon}{Escape(c.T(p.Description))}",
                Escape(p.LegalBasis is { } b ? c.S.Bases[b] : ""),
                Escape(c.Join(p.Categories.Select(c.CategoryName))),
            ]));
        var consent = c.Catalogue.Purposes.Where(p => p.LegalBasis == LegalBasis.Consent && p.ConsentWording is not null).ToList();
        if (consent.Count > 0)
        {
            c.W.Paragraph(c.S.ConsentAsked);
            c.W.Bullets(consent.Select(p => $"{Bold(c.T(p.Name))}{c.S.Colon}{Escape(c.T(p.ConsentWording))}"));
        }
        if (c.Catalogue.InterestScopes.Count > 0)
        {
            c.W.Heading(3, c.S.InterestScopes);
            c.W.Bullets(c.Catalogue.InterestScopes.Select(c.Named));
        }
    }

    private static IEnumerable<string> FieldCategories(IEnumerable<FormField> fields) =>
        fields.SelectMany(f => f.Type == FieldType.Group ? FieldCategories(f.Fields) : f.Category is null ? [] : [f.Category]);

    private static void Cookies(Context c, Site site)
    {
        c.W.Paragraph(c.S.CookieCategoriesIntro);
        c.W.Bullets(c.Catalogue.CookieCategories.Select(cat =>
            c.Named(cat) + c.S.Bracket(Escape(cat.RequiresConsent ? c.S.ConsentNeeded : c.S.NoConsentNeeded))));
        c.W.Table(
            [c.S.CookieColumn, c.S.CategoryColumn, c.S.PurposeColumn, c.S.LifetimeColumn, c.S.ProviderColumn],
            c.Catalogue.Cookies.Select(k => (IReadOnlyList<string>)
            [
                $"`{k.Id}` {Escape(c.T(k.Name))}",
                Escape(c.Catalogue.CookieCategories.FirstOrDefault(x => x.Id == k.Category) is { } cat ? c.T(cat.Name) : k.Category),
                Escape(c.PurposeName(k.Purpose)),
                Escape(k.Lifetime == "session" ? c.S.Session : c.Period(k.Lifetime)),
                Escape(k.Provider == "first_party" ? c.S.FirstParty : c.Catalogue.Recipients.FirstOrDefault(r => r.Id == k.Provider) is { } r ? c.T(r.Name) : k.Provider),
            ]));
        if (c.Catalogue.TrackingTechnologies.Count == 0) return;
        c.W.Heading(3, c.S.SimilarTechnologies);
        c.W.Bullets(c.Catalogue.TrackingTechnologies.Select(t =>
            c.Named(t) + (t.StopsOnUnsubscribe ? c.S.Bracket(Escape(c.S.StopsOnUnsubscribe)) : "")));
    }

    private static void Sharing(Context c, Site site)
    {
        foreach (var flow in Enum.GetValues<FlowKind>())
        {
            var grounds = c.Catalogue.Grounds.Where(g => !g.Exception && g.Flows.Contains(flow)).ToList();
            if (grounds.Count == 0) continue;
            c.W.Heading(3, c.S.FlowHeadings[flow]);
            c.W.Bullets(grounds.Select(c.Named));
        }
        var exceptions = c.Catalogue.Grounds.Where(g => g.Exception).ToList();
        if (exceptions.Count > 0)
        {
            c.W.Heading(3, c.S.Exceptions);
            c.W.Bullets(exceptions.Select(g => c.Named(g) + c.S.Bracket($"{Escape(c.S.LegalReference)}{c.S.Colon}{Escape(g.LegalReference ?? "")}")));
        }
        c.W.Heading(3, c.S.Recipients);
        c.W.Table(
            [c.S.RecipientColumn, c.S.KindColumn, c.S.CountryColumn, c.S.PurposeColumn, c.S.AgreementsColumn],
            c.Catalogue.Recipients.Select(r => (IReadOnlyList<string>)
            [
                Escape(c.T(r.Name)),
                Escape(r.Kind is { } k ? c.S.RecipientKinds[k] : ""),
                Escape(c.Country(r.Country)),
                Escape(c.Join(r.Purposes.Select(c.PurposeName))),
                Escape(c.Join(r.Agreements.Where(a => a.Kind is not null).Select(a => c.S.Agreements[a.Kind!.Value]).Distinct())),
            ]));
    }

    private static void Protection(Context c, Site site)
    {
        c.W.Heading(3, c.S.Retention);
        c.W.Table(
            [c.S.CategoriesColumn, c.S.PeriodColumn, c.S.FromColumn, c.S.ThenColumn],
            c.Catalogue.Retention.Select(r => (IReadOnlyList<string>)
            [
                $"{Bold(c.T(r.Name))}{c.S.Colon}{Escape(c.Join(r.Categories.Select(c.CategoryName)))}",
                Escape(c.Period(r.Period) + (r.LegalReference is null ? "" : c.S.Bracket($"{c.S.LegalReference}{c.S.Colon}{r.LegalReference}"))),
                Escape(r.From is { } e ? c.S.Events[e] : ""),
                Escape(c.S.Actions[r.Then]),
            ]));
    }

    private static void Rights(Context c, Site site)
    {
        c.W.Bullets(c.Catalogue.Rights.Select(c.Named));
        c.W.Bullets(c.Catalogue.Regions.Select(r => Escape(c.S.Deadline(c.T(r.Name), r.RequestDeadlineDays, r.RequestExtensionDays))));
        c.W.Bullets(c.Catalogue.Regions.Select(r =>
            Escape(c.S.Complaint(c.T(r.Name), c.T(r.Authority.Name))) + c.S.Colon + Link(r.Authority.Url, r.Authority.Url)));
    }

    private static void Juveniles(Context c, Site site) =>
        c.W.Bullets(c.Catalogue.Regions.Where(r => r.JuvenileAge is not null).Select(r => Escape(c.S.JuvenileAge(c.T(r.Name), r.JuvenileAge!.Value))));

    private static void ThirdParties(Context c, Site site)
    {
        var services = c.Catalogue.ThirdParties.Where(t => site.ThirdParties.Contains(t.Id)).ToList();
        if (services.Count == 0) return;
        c.W.Paragraph(c.S.ThirdPartyServices);
        c.W.Bullets(services.Select(t => Link(c.T(t.Name), t.Url) + c.S.Bracket(Escape(c.S.LeavesPolicy)) +
            (t.Description is null ? "" : c.S.Colon + Escape(c.T(t.Description)))));
    }

    private static void International(Context c, Site site)
    {
        foreach (var region in c.Catalogue.Regions.Where(r => r.TransferMechanisms.Count > 0))
        {
            var mechanisms = region.TransferMechanisms
                .Select(id => c.Catalogue.TransferMechanisms.FirstOrDefault(m => m.Id == id) is { } m ? c.T(m.Name) : id);
            c.W.Paragraph(c.S.TransfersOut(c.T(region.Name), c.Join(mechanisms)));
            if (region.AdequateCountries.Count > 0)
                c.W.Paragraph(c.S.AdequateCountries + c.S.Colon + c.Join(region.AdequateCountries.Select(c.Country)));
        }
        c.W.Bullets(c.Catalogue.TransferMechanisms.Select(c.Named));
    }

    private static void Changes(Context c, Site site) =>
        c.W.Paragraph(c.S.LeadTime(c.Period(c.Catalogue.Notice.MaterialChangeLeadTime)));

    private static void Contact(Context c, Site site)
    {
        var contact = c.Catalogue.Organisation.Contact;
        c.W.Bullets(new[]
        {
            $"{Escape(c.S.ContactEmail)}{c.S.Colon}{Link(contact.Email, "mailto:" + contact.Email)}",
            contact.PostalAddress is null ? null : $"{Escape(c.S.ContactAddress)}{c.S.Colon}{Escape(c.T(contact.PostalAddress))}",
            contact.Telephone is null ? null : $"{Escape(c.S.ContactTelephone)}{c.S.Colon}{Escape(contact.Telephone)}",
            contact.WebForm is null ? null : $"{Escape(c.S.ContactForm)}{c.S.Colon}{Link(contact.WebForm, contact.WebForm)}",
        }.OfType<string>());
        c.W.Paragraph(c.S.ContactResponse(contact.ResponseDays));
    }
}

using Steward.Core.Catalogue.Model;

namespace Steward.Core.Notices;

internal static class NoticeStringsEn
{
    public static readonly NoticeStrings Instance = new()
    {
        Language = "en",
        Title = "Privacy notice",
        Intro = (organisation, site) =>
            $"{organisation} explains here what personal information it collects through {site} and the other sites listed below, why, on what legal basis, who receives it, how long it is kept, and how you can control it.",
        Headings = new Dictionary<NoticeSection, string>
        {
            [NoticeSection.Scope] = "1. Scope of this notice",
            [NoticeSection.Collection] = "2. What we collect and how we use it",
            [NoticeSection.Cookies] = "3. Cookies and similar technologies",
            [NoticeSection.Sharing] = "4. How we share, transfer and disclose information",
            [NoticeSection.Protection] = "5. How we protect and retain information",
            [NoticeSection.Rights] = "6. Your rights and how to use them",
            [NoticeSection.Juveniles] = "7. Juveniles",
            [NoticeSection.ThirdParties] = "8. Third-party providers and their services",
            [NoticeSection.International] = "9. International transfers",
            [NoticeSection.Changes] = "10. Changes to this notice",
            [NoticeSection.Contact] = "11. How to contact us",
        },
        SitesCovered = "This notice covers these sites:",
        WhatWeCollect = "What we collect",
        FormCollects = "collects",
        AllCategories = "Kinds of information",
        Sensitive = "sensitive",
        NonPersonal = "not personal information",
        HowWeUse = "Why we use it, and on what legal basis",
        PurposeColumn = "Purpose",
        BasisColumn = "Legal basis",
        CategoriesColumn = "Information used",
        ConsentAsked = "We ask for your consent separately, and you can withdraw it at any time:",
        InterestScopes = "Topics you can sign up for",
        CookieCategoriesIntro = "We group cookies by what they do:",
        NoConsentNeeded = "always on: the site cannot work without them",
        ConsentNeeded = "only with your consent",
        CookieColumn = "Cookie",
        CategoryColumn = "Category",
        LifetimeColumn = "Lifetime",
        ProviderColumn = "Set by",
        FirstParty = "us",
        Session = "until you close the browser",
        SimilarTechnologies = "Similar technologies",
        StopsOnUnsubscribe = "stops when you unsubscribe from our mailing list",
        FlowHeadings = new Dictionary<FlowKind, string>
        {
            [FlowKind.Sharing] = "Sharing",
            [FlowKind.Transfer] = "Transfer",
            [FlowKind.Disclosure] = "Disclosure",
        },
        Exceptions = "When no consent is needed",
        LegalReference = "legal basis",
        Recipients = "Who receives information",
        RecipientColumn = "Recipient",
        KindColumn = "Kind",
        CountryColumn = "Country",
        AgreementsColumn = "Bound by",
        Retention = "How long we keep information",
        PeriodColumn = "Kept for",
        FromColumn = "Counted from",
        ThenColumn = "Then",
        Deadline = (region, days, extension) => extension > 0
            ? $"{region}: we answer within {days} days; where the law allows, we may extend this by up to {extension} days and tell you why within the first {days} days."
            : $"{region}: we answer within {days} days.",
        Complaint = (region, authority) => $"{region}: you can complain to {authority}",
        JuvenileAge = (region, age) => $"{region}: anyone under {age} is a juvenile.",
        ThirdPartyServices = "These services are run by others; what you submit to them falls under their own policies:",
        LeavesPolicy = "outside this notice",
        TransfersOut = (region, mechanisms) => $"{region}: personal information goes beyond the region only under one of: {mechanisms}.",
        AdequateCountries = "Countries recognised as adequate",
        LeadTime = period => $"We announce a material change at least {period} before it takes effect.",
        ContactEmail = "Email",
        ContactAddress = "Post",
        ContactTelephone = "Telephone",
        ContactForm = "Form",
        ContactResponse = days => $"Every question or request becomes a case that we track and answer within {days} days.",
        Bases = new Dictionary<LegalBasis, string>
        {
            [LegalBasis.Contract] = "contract",
            [LegalBasis.Consent] = "your consent",
            [LegalBasis.LegitimateInterests] = "legitimate interests",
            [LegalBasis.LegalObligation] = "legal obligation",
        },
        RecipientKinds = new Dictionary<RecipientKind, string>
        {
            [RecipientKind.Affiliate] = "affiliate",
            [RecipientKind.ServiceProvider] = "service provider",
            [RecipientKind.Authority] = "authority",
            [RecipientKind.Acquirer] = "acquirer",
            [RecipientKind.ThirdParty] = "third party",
        },
        Agreements = new Dictionary<AgreementKind, string>
        {
            [AgreementKind.Contract] = "contract",
            [AgreementKind.NonDisclosure] = "non-disclosure agreement",
            [AgreementKind.DataProcessingClauses] = "data-processing clauses",
            [AgreementKind.StandardContractualClauses] = "standard contractual clauses",
            [AgreementKind.ChinaStandardContract] = "China standard contract",
            [AgreementKind.BindingCorporateRules] = "binding corporate rules",
            [AgreementKind.SuccessorUndertaking] = "undertaking to stay bound by this notice",
        },
        Events = new Dictionary<RetentionEvent, string>
        {
            [RetentionEvent.Collection] = "collection",
            [RetentionEvent.LastActivity] = "your last activity",
            [RetentionEvent.ApplicationClosed] = "the close of the application",
            [RetentionEvent.Deregistration] = "deregistration",
            [RetentionEvent.ConsentWithdrawn] = "withdrawal of consent",
            [RetentionEvent.Visit] = "the visit",
        },
        Actions = new Dictionary<RetentionAction, string>
        {
            [RetentionAction.Erase] = "deleted",
            [RetentionAction.Anonymise] = "anonymised",
        },
        Period = p => p == default ? "not kept: handled at once"
            : string.Join(" ", new[]
            {
                p.Years > 0 ? $"{p.Years} year{(p.Years == 1 ? "" : "s")}" : null,
                p.Months > 0 ? $"{p.Months} month{(p.Months == 1 ? "" : "s")}" : null,
                p.Days > 0 ? $"{p.Days} day{(p.Days == 1 ? "" : "s")}" : null,
            }.Where(s => s is not null)),
        Colon = ": ",
        Bracket = text => $" ({text})",
        ListSeparator = ", ",
    };
}

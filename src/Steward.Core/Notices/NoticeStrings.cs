using Steward.Core.Catalogue.Loading;
using Steward.Core.Catalogue.Model;

namespace Steward.Core.Notices;

/// <summary>The fixed wording of the generated notice in one language. Each language is one instance
/// with every member required, so a missing translation does not compile.</summary>
public sealed record NoticeStrings
{
    public required string Language { get; init; }
    public required string Title { get; init; }
    public required Func<string, string, string> Intro { get; init; }
    public required IReadOnlyDictionary<NoticeSection, string> Headings { get; init; }
    public required string SitesCovered { get; init; }
    public required string WhatWeCollect { get; init; }
    public required string FormCollects { get; init; }
    public required string AllCategories { get; init; }
    public required string Sensitive { get; init; }
    public required string NonPersonal { get; init; }
    public required string HowWeUse { get; init; }
    public required string PurposeColumn { get; init; }
    public required string BasisColumn { get; init; }
    public required string CategoriesColumn { get; init; }
    public required string ConsentAsked { get; init; }
    public required string InterestScopes { get; init; }
    public required string CookieCategoriesIntro { get; init; }
    public required string NoConsentNeeded { get; init; }
    public required string ConsentNeeded { get; init; }
    public required string CookieColumn { get; init; }
    public required string CategoryColumn { get; init; }
    public required string LifetimeColumn { get; init; }
    public required string ProviderColumn { get; init; }
    public required string FirstParty { get; init; }
    public required string Session { get; init; }
    public required string SimilarTechnologies { get; init; }
    public required string StopsOnUnsubscribe { get; init; }
    public required IReadOnlyDictionary<FlowKind, string> FlowHeadings { get; init; }
    public required string Exceptions { get; init; }
    public required string LegalReference { get; init; }
    public required string Recipients { get; init; }
    public required string RecipientColumn { get; init; }
    public required string KindColumn { get; init; }
    public required string CountryColumn { get; init; }
    public required string AgreementsColumn { get; init; }
    public required string Retention { get; init; }
    public required string PeriodColumn { get; init; }
    public required string FromColumn { get; init; }
    public required string ThenColumn { get; init; }
    public required Func<string, int, int, string> Deadline { get; init; }
    public required Func<string, string, string> Complaint { get; init; }
    public required Func<string, int, string> JuvenileAge { get; init; }
    public required string ThirdPartyServices { get; init; }
    public required string LeavesPolicy { get; init; }
    public required Func<string, string, string> TransfersOut { get; init; }
    public required string AdequateCountries { get; init; }
    public required Func<string, string> LeadTime { get; init; }
    public required string ContactEmail { get; init; }
    public required string ContactAddress { get; init; }
    public required string ContactTelephone { get; init; }
    public required string ContactForm { get; init; }
    public required Func<int, string> ContactResponse { get; init; }
    public required IReadOnlyDictionary<LegalBasis, string> Bases { get; init; }
    public required IReadOnlyDictionary<RecipientKind, string> RecipientKinds { get; init; }
    public required IReadOnlyDictionary<AgreementKind, string> Agreements { get; init; }
    public required IReadOnlyDictionary<RetentionEvent, string> Events { get; init; }
    public required IReadOnlyDictionary<RetentionAction, string> Actions { get; init; }
    public required Func<IsoPeriod, string> Period { get; init; }
    public required string ListSeparator { get; init; }
    /// <summary>Between a label and what follows: ": " or "：".</summary>
    public required string Colon { get; init; }
    /// <summary>A remark after a word: " (remark)" or "（remark）".</summary>
    public required Func<string, string> Bracket { get; init; }

    public static NoticeStrings For(string language) =>
        language.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? NoticeStringsZh.Instance : NoticeStringsEn.Instance;
}

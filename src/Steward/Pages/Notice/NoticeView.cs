using Steward.Core.Catalogue;
using Steward.Core.Notices;
using Steward.Hosting;

namespace Steward.Pages.Notice;

/// <summary>What a notice page shows: one version of a site's notice in the reader's language,
/// or in the site's default language when it does not offer the reader's.</summary>
public sealed record NoticeView(string SiteId, string Version, DateTimeOffset PublishedAt, string Language, string Html, bool IsCurrent, string? FellBackTo)
{
    public static NoticeView From(LoadedCatalogue catalogue, NoticeVersion version, bool isCurrent)
    {
        var wanted = Localization.Current;
        var text = version.Texts.FirstOrDefault(t => string.Equals(t.Language, wanted, StringComparison.OrdinalIgnoreCase))
            ?? version.Texts.FirstOrDefault(t => t.Language == catalogue.Policy.DefaultLanguage)
            ?? version.Texts[0];
        var fellBack = string.Equals(text.Language, wanted, StringComparison.OrdinalIgnoreCase) ? null : text.Language;
        return new NoticeView(version.SiteId, version.Version, version.PublishedAt, text.Language, NoticeHtml.Render(text.Markdown), isCurrent, fellBack);
    }
}

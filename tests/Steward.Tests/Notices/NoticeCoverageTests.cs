using Markdig;
using Steward.Core.Catalogue;
using Steward.Core.Catalogue.Model;
using Steward.Core.Notices;

namespace Steward.Tests.Notices;

/// <summary>The notice generated from the default catalogue leaves out nothing the catalogue holds,
/// in English and in Chinese.</summary>
public sealed class NoticeCoverageTests
{
    private static readonly LoadedCatalogue Catalogue = LoadedCatalogue.Load(null);
    private static readonly string[] Languages = ["en", "zh-CN"];

    public static TheoryData<string, string> SitesAndLanguages()
    {
        var data = new TheoryData<string, string>();
        foreach (var site in Catalogue.Policy.Sites)
            foreach (var language in Catalogue.LanguagesOf(site)) data.Add(site.Id, language);
        return data;
    }

    [Theory]
    [MemberData(nameof(SitesAndLanguages))]
    public void Every_purpose_ground_cookie_and_right_is_in_both_languages(string siteId, string language)
    {
        var text = PlainNotice(siteId, language);
        // Each entry is looked for as written: its name with its own description, so that one entry's
        // name found inside another's ("Internal audit" in "Internal audit, analysis and research") counts for nothing.
        var colon = NoticeStrings.For(language).Colon;
        var named = new IEnumerable<CatalogueEntry>[] { Catalogue.Policy.Purposes, Catalogue.Policy.Grounds, Catalogue.Policy.Rights }.SelectMany(e => e);
        Assert.Equal([], named.Where(e => !text.Contains(Written(e, language, colon), StringComparison.Ordinal)).Select(e => e.Id).ToList());
        Assert.Equal([], Catalogue.Policy.Cookies.Where(c => !text.Contains($"{c.Id} {c.Name.In(language)}", StringComparison.Ordinal)).Select(c => c.Id).ToList());
    }

    [Theory]
    [MemberData(nameof(SitesAndLanguages))]
    public void Every_section_of_the_seed_policy_and_every_statement_is_there(string siteId, string language)
    {
        var text = PlainNotice(siteId, language);
        var headings = NoticeStrings.For(language).Headings;
        Assert.All(Enum.GetValues<NoticeSection>(), section => Assert.Contains(headings[section], text, StringComparison.Ordinal));
        var colon = NoticeStrings.For(language).Colon;
        Assert.Equal([], Catalogue.Policy.Statements.Where(s => !text.Contains(Written(s, language, colon), StringComparison.Ordinal)).Select(s => s.Id).ToList());
        Assert.All(Enum.GetValues<NoticeSection>(), section => Assert.True(
            IndexOf(text, headings[section]) < IndexOf(text, headings[(NoticeSection)Math.Min((int)section + 1, (int)NoticeSection.Contact)]) || section == NoticeSection.Contact));
    }

    [Theory]
    [MemberData(nameof(SitesAndLanguages))]
    public void Every_site_has_a_notice_in_each_of_its_languages_listing_every_site_covered(string siteId, string language)
    {
        var text = PlainNotice(siteId, language);
        Assert.All(Catalogue.Policy.Sites, site => Assert.Contains(site.Name.In(language), text, StringComparison.Ordinal));
        Assert.Contains(Catalogue.Policy.Organisation.Name.In(language), text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(SitesAndLanguages))]
    public void Third_party_services_are_marked_as_outside_the_notice(string siteId, string language)
    {
        var site = Catalogue.FindSite(siteId)!;
        var text = PlainNotice(siteId, language);
        var outside = NoticeStrings.For(language).LeavesPolicy;
        foreach (var service in Catalogue.Policy.ThirdParties.Where(t => site.ThirdParties.Contains(t.Id)))
        {
            Assert.Contains(service.Name.In(language) + NoticeStrings.For(language).Bracket(outside), text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(SitesAndLanguages))]
    public void The_notice_tells_how_to_complain_to_each_authority(string siteId, string language)
    {
        var text = PlainNotice(siteId, language);
        Assert.All(Catalogue.Policy.Regions, region =>
        {
            Assert.Contains(region.Authority.Name.In(language), text, StringComparison.Ordinal);
            Assert.Contains(region.Authority.Url, text, StringComparison.Ordinal);
        });
    }

    [Theory]
    [MemberData(nameof(SitesAndLanguages))]
    public void The_notice_publishes_the_contact_channel(string siteId, string language)
    {
        var text = PlainNotice(siteId, language);
        Assert.Contains(Catalogue.Policy.Organisation.Contact.Email, text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_version_follows_the_content_and_nothing_else()
    {
        var site = Catalogue.Policy.Sites[0];
        var first = NoticeVersioning.Compose(Catalogue, site);
        var again = NoticeVersioning.Compose(LoadedCatalogue.Load(null), site);
        Assert.Equal(first.Version, again.Version);
        Assert.Equal(Languages, first.Markdown.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Catalogue_text_cannot_inject_markup_into_the_notice()
    {
        var hostile = LoadedCatalogue.Load(null).Policy;
        hostile.Purposes[0].Name["en"] = "<script>alert(1)</script> **bold** [link](javascript:alert(1))";
        var html = NoticeHtml.Render(new NoticeComposer(hostile).Compose(hostile.Sites[0], "en"));
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"javascript:", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<strong>bold</strong>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }

    private static string Written(CatalogueEntry entry, string language, string colon) =>
        entry.Description is null ? entry.Name.In(language) : entry.Name.In(language) + colon + entry.Description.In(language).ReplaceLineEndings(" ").Trim();

    private static int IndexOf(string text, string part) => text.IndexOf(part, StringComparison.Ordinal);

    /// <summary>The notice as a reader sees it: Markdown rendered to text, escapes and markup gone.</summary>
    private static string PlainNotice(string siteId, string language)
    {
        var markdown = new NoticeComposer(Catalogue.Policy).Compose(Catalogue.FindSite(siteId)!, language);
        return Markdown.ToPlainText(markdown, new MarkdownPipelineBuilder().UsePipeTables().UseGenericAttributes().Build());
    }
}

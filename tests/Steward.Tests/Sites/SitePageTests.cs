using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Steward.Core.Notices;
using Steward.Sites;

namespace Steward.Tests.Sites;

/// <summary>The site pages (P1.1, P1.2, P8.1): each links its site's current notice, and marks links to
/// and embeds of third parties as leaving this policy.</summary>
public sealed class SitePageTests
{
    [Fact]
    public async Task Every_site_page_links_the_sites_current_notice_in_the_readers_language()
    {
        await using var site = await SiteServer.StartAsync();
        using var visitor = site.Visitor();
        var notices = site.Server.Services.CreateScope().ServiceProvider.GetRequiredService<NoticePublisher>();
        string[] pages = ["/sites/{0}", "/sites/{0}/sign-up", "/account/sign-in?site={0}"];
        foreach (var id in new[] { "corporate", "europe" })
        {
            foreach (var lang in new[] { "en", "zh-CN" })
            {
                foreach (var template in pages)
                {
                    var path = string.Format(System.Globalization.CultureInfo.InvariantCulture, template, id) + (template.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "lang=" + lang;
                    var page = await visitor.GetAsync(path);
                    Assert.Equal(HttpStatusCode.OK, page.Status);
                    Assert.Contains($"<a href=\"/notice/{id}?lang={lang}\" class=\"notice-link\">{SiteText.In(lang).PrivacyNotice}</a>", page.Html, StringComparison.Ordinal);
                    Assert.Contains(SiteText.In(lang).NoticeVersion(notices.CurrentVersionOf(id)!), page.Html, StringComparison.Ordinal);
                }
            }
        }
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/sites/europe/register")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/sites/careers/register")).Status); // not offered there
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/sites/nowhere")).Status);
    }

    [Fact]
    public async Task Links_and_embeds_of_third_parties_say_they_leave_this_policy()
    {
        await using var site = await SiteServer.StartAsync();
        using var visitor = site.Visitor();

        var europe = await visitor.GetAsync("/sites/europe?lang=en");
        var corporate = await visitor.GetAsync("/sites/corporate?lang=zh-CN");

        Assert.Contains($"<a href=\"https://www.linkedin.com\" class=\"third-party\" rel=\"external noopener noreferrer\" data-third-party=\"linkedin\">LinkedIn <span class=\"leaves\">({SiteText.En.LeavesPolicy("LinkedIn")})</span></a>", europe.Html, StringComparison.Ordinal);
        Assert.Contains(SiteText.En.EmbedOutside("YouTube videos"), europe.Html, StringComparison.Ordinal);
        Assert.Contains(SiteText.En.EmbedOutside("OpenStreetMap"), europe.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<iframe", europe.Html, StringComparison.Ordinal);
        Assert.Contains(SiteText.Zh.LeavesPolicy("微信公众号"), corporate.Html, StringComparison.Ordinal);
        Assert.Contains(SiteText.Zh.EmbedOutside("百度地图"), corporate.Html, StringComparison.Ordinal);
    }
}

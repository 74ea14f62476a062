using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Steward.Core.Statistics;
using Steward.Core.Storage;
using Steward.Tests.Staff;

namespace Steward.Tests.Consent;

/// <summary>Page views counted per site, page and day without cookies or stored identifiers, in their own
/// table, and shown to the analyst as a chart drawn on the server (P2.6).</summary>
public sealed class VisitStatisticsTests
{
    [Fact]
    public async Task Page_views_are_counted_without_cookies_or_identifiers_and_charted_for_the_analyst_only()
    {
        await using var site = await StaffSite.StartAsync();
        var server = site.Server;
        foreach (var body in new[] { "/products?utm_source=mail&uid=42", "/products#top", "/products", "/news" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "banner/corporate/views") { Content = new StringContent(body) };
            request.Headers.Add("Cookie", "stw_analytics=a1");
            request.Headers.UserAgent.ParseAdd("TestBrowser/1.0");
            var response = await server.Client.SendAsync(request);
            Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
            Assert.False(response.Headers.Contains("Set-Cookie"));
        }
        var bad = await server.Client.PostAsync("banner/corporate/views", new StringContent("https://elsewhere.example/"));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);

        await using (var scope = server.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<StewardDb>();
            var rows = await db.Set<VisitCount>().AsNoTracking().OrderBy(v => v.Page).ToListAsync();
            Assert.Equal([("/news", 1L), ("/products", 3L)], rows.Select(r => (r.Page, r.Count)));
            var columns = db.Model.FindEntityType(typeof(VisitCount))!.GetProperties().Select(p => p.Name).Order(StringComparer.Ordinal);
            Assert.Equal(["Count", "Day", "Page", "Site"], columns);
        }

        var admin = await site.SetUpAdministratorAsync();
        var analyst = await site.JoinAsync(await StaffSite.InviteAsync(admin, "analyst@example.org", "analyst"), "analyst@example.org");
        var support = await site.JoinAsync(await StaffSite.InviteAsync(admin, "support@example.org", "support"), "support@example.org");

        var chart = await analyst.Browser.GetAsync("/console/statistics?site=corporate&lang=zh-CN");
        Assert.Equal(HttpStatusCode.OK, chart.Status);
        Assert.Contains("每日页面浏览量", chart.Html, StringComparison.Ordinal);
        Assert.Contains("<svg id=\"views-chart\" role=\"img\"", chart.Html, StringComparison.Ordinal);
        Assert.Matches("<rect [^>]*data-views=\"4\"", chart.Html);
        Assert.DoesNotContain("<script", chart.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await support.Browser.GetAsync("/console/statistics")).Status);
    }
}

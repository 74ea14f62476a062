using Microsoft.Playwright;
using Steward.Tests.Staff;
using static Steward.Tests.Staff.ConsoleBrowser;

namespace Steward.Tests.Governance;

/// <summary>The governance pages in a real Chromium, signed in as the privacy officer, in each
/// language: each shows its heading in that language and axe-core finds no serious problem.</summary>
public sealed class GovernanceBrowserTests
{
    [Theory]
    [InlineData("en-GB", "")]
    [InlineData("zh-CN", "?lang=zh-CN")]
    public async Task The_governance_pages_have_no_serious_accessibility_problems(string locale, string query)
    {
        await using var site = await StaffSite.StartAsync();
        var administrator = await site.SetUpAdministratorAsync();
        var officer = await site.JoinAsync(await StaffSite.InviteAsync(administrator, "po@example.org", "privacy_officer"), "po@example.org");
        var breach = await officer.Browser.SubmitAsync("/console/breaches",
            [Field("Title", "Misdirected email"), Field("Nature", "A list was sent to the wrong customer."), Field("Categories", "contact.email")]);
        Assert.Matches(@"^/console/breaches/\d+$", breach.Path);

        await using var context = await Infrastructure.Browser.NewContextAsync(site.Server.Address, locale);
        // The officer's sign-in, carried over from the HTTP client that signed in.
        await context.AddCookiesAsync([.. officer.Browser.Cookies.GetCookies(site.Server.Address).Select(c => new Cookie
        {
            Name = c.Name, Value = c.Value, Domain = site.Server.Address.Host, Path = string.IsNullOrEmpty(c.Path) ? "/" : c.Path,
            HttpOnly = c.HttpOnly, Secure = c.Secure,
        })]);
        var page = await context.NewPageAsync();
        foreach (var path in new[] { "/console/governance", "/console/recipients", "/console/retention", "/console/breaches", breach.Path, "/console/notice-changes", "/console/ropa" })
        {
            var response = await page.GotoAsync(path + query);
            Assert.True(response!.Ok, $"{path}: {response.Status}");
            Assert.EndsWith(path, new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
            var lang = await page.GetAttributeAsync("html", "lang");
            Assert.StartsWith(locale == "zh-CN" ? "zh" : "en", lang ?? "", StringComparison.Ordinal);
            Assert.True(await page.Locator("h1").CountAsync() == 1, path);
            var problems = await Infrastructure.Browser.SeriousAccessibilityProblemsAsync(page);
            Assert.True(problems.Count == 0, $"{path}{query}: {string.Join("; ", problems)}");
        }
    }
}

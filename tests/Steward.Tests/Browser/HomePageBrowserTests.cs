using Steward.Tests.Infrastructure;

namespace Steward.Tests.Browser;

/// <summary>The home page in a real Chromium: the reader's language and no serious accessibility problem.</summary>
public sealed class HomePageBrowserTests
{
    [Theory]
    [InlineData("en-GB", "en", "Privacy notice")]
    [InlineData("zh-CN", "zh-CN", "隐私")]
    public async Task The_Home_Page_Speaks_The_Browsers_Language_And_Passes_Axe(string locale, string lang, string linkText)
    {
        await using var server = await StewardServer.StartAsync();
        await using var context = await Infrastructure.Browser.NewContextAsync(server.Address, locale);
        var page = await context.NewPageAsync();

        await page.GotoAsync("/");

        Assert.Equal(lang, await page.GetAttributeAsync("html", "lang"));
        Assert.True(await page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex(linkText) }).First.IsVisibleAsync());
        Assert.Empty(await Infrastructure.Browser.SeriousAccessibilityProblemsAsync(page));
    }
}

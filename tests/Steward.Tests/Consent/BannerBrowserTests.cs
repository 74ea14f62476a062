using Microsoft.Playwright;
using Steward.Core.Consent;
using Steward.Tests.Infrastructure;

namespace Steward.Tests.Consent;

/// <summary>The cookie banner embedded with one script tag on a registered site of another origin, in a
/// real Chromium: scripts wait for consent, withdrawal deletes cookies, Global Privacy Control is
/// honoured, a material change asks again, both languages, keyboard and axe-core (P3.1, P3.2, P3.4).</summary>
public sealed class BannerBrowserTests
{
    private static ILocator Dialog(IPage page) => page.GetByRole(AriaRole.Dialog);

    private static async Task<bool> RanAsync(IPage page, string flag) => await page.EvaluateAsync<bool>($"() => window.{flag} === true");

    private static async Task<string[]> CookieNamesAsync(IBrowserContext context) => [.. (await context.CookiesAsync()).Select(c => c.Name)];

    [Fact]
    public async Task A_tagged_analytics_script_runs_only_after_consent_and_the_choice_is_recorded_against_the_notice()
    {
        await using var site = await BannerTestSite.StartAsync();
        await using var context = await Infrastructure.Browser.NewContextAsync(site.Origin);
        var page = await context.NewPageAsync();

        await page.GotoAsync("/europe");
        await Dialog(page).WaitForAsync();

        Assert.False(await RanAsync(page, "analyticsRan"));
        Assert.DoesNotContain("stw_analytics", await CookieNamesAsync(context));
        await Dialog(page).GetByRole(AriaRole.Checkbox, new() { Name = "Analytics" }).CheckAsync();
        await Dialog(page).GetByRole(AriaRole.Button, new() { Name = "Save my choices" }).ClickAsync();

        Assert.True(await RanAsync(page, "analyticsRan"));
        Assert.False(await RanAsync(page, "marketingRan"));
        Assert.Contains("stw_analytics", await CookieNamesAsync(context));
        Assert.Equal(0, await Dialog(page).CountAsync());
        var consentMode = await page.EvaluateAsync<string>("() => JSON.stringify(window.dataLayer.map(a => Array.from(a)))");
        Assert.Contains("[\"consent\",\"default\",{\"ad_storage\":\"denied\"", consentMode, StringComparison.Ordinal);
        Assert.Contains("\"analytics_storage\":\"granted\"", consentMode, StringComparison.Ordinal);

        var records = await site.RecordsAsync(context, 3);
        var analytics = Assert.Single(records, r => r.Purpose == "site.analytics");
        Assert.Equal((ConsentStatus.Given, ConsentChannel.Banner, "europe", "en", BannerChoices.CollectionPoint), (analytics.Status, analytics.Channel, analytics.Site, analytics.Language, analytics.CollectionPoint));
        Assert.Equal(Guid.Empty, analytics.SubjectId);
        Assert.Matches("^[0-9a-f]{64}$", analytics.NoticeSha256);
        Assert.Equal(ConsentStatus.Refused, Assert.Single(records, r => r.Purpose == "marketing.advertising_measurement").Status);

        await page.ReloadAsync();
        await page.WaitForFunctionAsync("() => window.analyticsRan === true");
        Assert.Equal(0, await Dialog(page).CountAsync());
    }

    [Fact]
    public async Task Withdrawing_a_category_in_cookie_settings_deletes_its_cookies_and_is_recorded()
    {
        await using var site = await BannerTestSite.StartAsync();
        await using var context = await Infrastructure.Browser.NewContextAsync(site.Origin);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/europe");
        await Dialog(page).GetByRole(AriaRole.Button, new() { Name = "Accept all" }).ClickAsync();
        Assert.Contains("stw_analytics", await CookieNamesAsync(context));
        Assert.Contains("stw_campaign", await CookieNamesAsync(context));

        await page.GetByRole(AriaRole.Link, new() { Name = "Cookie settings" }).ClickAsync();
        await Dialog(page).GetByRole(AriaRole.Checkbox, new() { Name = "Analytics" }).UncheckAsync();
        await Dialog(page).GetByRole(AriaRole.Button, new() { Name = "Save my choices" }).ClickAsync();

        var names = await CookieNamesAsync(context);
        Assert.DoesNotContain("stw_analytics", names);
        Assert.Contains("stw_campaign", names);
        var records = await site.RecordsAsync(context, 6);
        Assert.Equal([ConsentStatus.Given, ConsentStatus.Withdrawn], records.Where(r => r.Purpose == "site.analytics").Select(r => r.Status));
        Assert.Equal([ConsentStatus.Given, ConsentStatus.Given], records.Where(r => r.Purpose == "marketing.advertising_measurement").Select(r => r.Status));
    }

    [Fact]
    public async Task With_global_privacy_control_analytics_and_marketing_stay_off_without_a_click_and_the_record_says_why()
    {
        await using var site = await BannerTestSite.StartAsync();
        await using var context = await Infrastructure.Browser.NewContextAsync(site.Origin, options: new BrowserNewContextOptions
        {
            ExtraHTTPHeaders = new Dictionary<string, string> { ["Accept-Language"] = "en-GB", ["Sec-GPC"] = "1" },
        });
        await context.AddInitScriptAsync("Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true })");
        var page = await context.NewPageAsync();

        await page.GotoAsync("/europe");
        await Dialog(page).WaitForAsync();

        var automatic = await site.RecordsAsync(context, 2);
        Assert.All(automatic, r => Assert.Equal((ConsentStatus.Refused, ConsentChannel.GlobalPrivacyControl, BannerChoices.GpcReason), (r.Status, r.Channel, r.Reason)));
        Assert.Equal(["marketing.advertising_measurement", "site.analytics"], automatic.Select(r => r.Purpose).Order(StringComparer.Ordinal));
        Assert.True(await Dialog(page).GetByRole(AriaRole.Checkbox, new() { Name = "Analytics" }).IsDisabledAsync());
        Assert.Contains("Global Privacy Control", await Dialog(page).InnerTextAsync(), StringComparison.Ordinal);

        await Dialog(page).GetByRole(AriaRole.Button, new() { Name = "Accept all" }).ClickAsync();

        Assert.False(await RanAsync(page, "analyticsRan"));
        Assert.False(await RanAsync(page, "marketingRan"));
        var all = await site.RecordsAsync(context, 5);
        Assert.Equal(ConsentStatus.Given, all.Last(r => r.Purpose == "site.preferences").Status);
        Assert.Equal((ConsentStatus.Refused, BannerChoices.GpcReason), (all.Last(r => r.Purpose == "site.analytics").Status, all.Last(r => r.Purpose == "site.analytics").Reason));
    }

    [Fact]
    public async Task A_material_change_to_the_cookies_brings_the_banner_back_and_another_change_does_not()
    {
        await using var site = await BannerTestSite.StartAsync();
        await using var context = await Infrastructure.Browser.NewContextAsync(site.Origin);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/europe");
        await Dialog(page).GetByRole(AriaRole.Button, new() { Name = "Reject all" }).ClickAsync();

        await site.StartStewardAsync(("response_days: 30", "response_days: 20"));
        await page.GotoAsync("/europe");
        await page.WaitForFunctionAsync("() => window.dataLayer.filter(a => a[1] === 'update').length > 0");
        Assert.Equal(0, await Dialog(page).CountAsync());

        await site.StartStewardAsync(("    lifetime: P13M", "    lifetime: P25M"));
        await page.GotoAsync("/europe");
        await Dialog(page).WaitForAsync();
        Assert.True(await Dialog(page).IsVisibleAsync());
    }

    [Fact]
    public async Task Where_the_region_allows_notice_only_scripts_run_until_refused()
    {
        await using var site = await BannerTestSite.StartAsync();
        await using var context = await Infrastructure.Browser.NewContextAsync(site.Origin);
        var page = await context.NewPageAsync();

        await page.GotoAsync("/corporate");
        await Dialog(page).WaitForAsync();
        await page.WaitForFunctionAsync("() => window.analyticsRan === true");

        await Dialog(page).GetByRole(AriaRole.Button, new() { Name = "Reject all" }).ClickAsync();
        Assert.DoesNotContain("stw_analytics", await CookieNamesAsync(context));
        var records = await site.RecordsAsync(context, 3);
        Assert.All(records, r => Assert.Equal(ConsentStatus.Refused, r.Status));
    }

    [Theory]
    [InlineData("en-GB", "en", "Cookies on this site", "Accept all")]
    [InlineData("zh-CN", "zh-CN", "本网站使用的 Cookie", "全部接受")]
    public async Task The_banner_speaks_the_page_language_keeps_keyboard_focus_inside_and_passes_axe(string locale, string lang, string title, string accept)
    {
        await using var site = await BannerTestSite.StartAsync();
        await using var context = await Infrastructure.Browser.NewContextAsync(site.Origin, locale);
        var page = await context.NewPageAsync();

        await page.GotoAsync($"/europe?lang={lang}");
        await Dialog(page).WaitForAsync();

        Assert.Equal(title, await Dialog(page).GetByRole(AriaRole.Heading).InnerTextAsync());
        Assert.Empty(await Infrastructure.Browser.SeriousAccessibilityProblemsAsync(page));
        for (var i = 0; i < 12; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            Assert.True(await page.EvaluateAsync<bool>("() => document.querySelector('[role=dialog]').contains(document.activeElement)"), $"focus left the dialog after {i + 1} Tab presses");
        }
        await page.Keyboard.PressAsync("Shift+Tab");
        Assert.True(await page.EvaluateAsync<bool>("() => document.querySelector('[role=dialog]').contains(document.activeElement)"));
        await Dialog(page).GetByRole(AriaRole.Button, new() { Name = accept }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForFunctionAsync("() => window.analyticsRan === true");
    }
}

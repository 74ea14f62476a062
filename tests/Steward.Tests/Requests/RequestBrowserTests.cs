using Microsoft.Playwright;
using Steward.Core.Requests;

namespace Steward.Tests.Requests;

/// <summary>A person in a real Chromium, in each language: the public form, the code from the email,
/// the case in the Privacy Center, and the downloaded package in their language; no serious
/// accessibility problem on the way.</summary>
public sealed class RequestBrowserTests
{
    [Theory]
    [InlineData("en-GB", "Your email address", "Send me a code", "Code", "Confirm my request", "Done", "Your personal information", "Download your information (zip)")]
    [InlineData("zh-CN", "您的电子邮箱", "发送验证码", "验证码", "确认请求", "已完成", "您的个人信息", "下载您的信息（zip）")]
    public async Task A_person_asks_for_their_information_on_the_public_form_enters_the_code_and_downloads_the_package(
        string locale, string emailLabel, string send, string codeLabel, string confirm, string doneState, string packageTitle, string download)
    {
        await using var site = await RequestSite.StartAsync();
        await site.AccountHolderAsync("browser@example.org", name: "韩梅梅");
        await using var context = await Infrastructure.Browser.NewContextAsync(site.Server.Address, locale);
        var page = await context.NewPageAsync();

        await page.GotoAsync("/privacy/requests/new");
        Assert.Empty(await Infrastructure.Browser.SeriousAccessibilityProblemsAsync(page));
        await page.GetByLabel(emailLabel).FillAsync("browser@example.org");
        await page.Locator("#kind").SelectOptionAsync("access");
        await page.GetByRole(AriaRole.Button, new() { Name = send }).ClickAsync();

        await page.WaitForURLAsync("**/privacy/requests/verify/**");
        Assert.Empty(await Infrastructure.Browser.SeriousAccessibilityProblemsAsync(page));
        var code = RequestSite.CodeIn(await site.Smtp.WaitForAsync("browser@example.org"));
        await page.GetByLabel(codeLabel, new() { Exact = true }).FillAsync(code);
        await page.GetByRole(AriaRole.Button, new() { Name = confirm }).ClickAsync();

        await page.WaitForURLAsync("**/privacy/requests/R-*");
        var reference = RequestSite.ReferenceIn(page.Url);
        await site.ClosedAsync(reference);
        await page.ReloadAsync();
        Assert.Equal(doneState, await page.Locator("#case-state").InnerTextAsync());
        Assert.Empty(await Infrastructure.Browser.SeriousAccessibilityProblemsAsync(page));

        var file = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = download }).ClickAsync());
        var (json, html) = await RequestSite.OpenPackageAsync(await File.ReadAllBytesAsync(await file.PathAsync()));
        Assert.Contains(json.RootElement.GetProperty("fields").EnumerateArray(), f => f.GetProperty("value").GetString() == "韩梅梅");
        Assert.Contains($"<h1>{packageTitle}</h1>", html);
        Assert.Contains("韩梅梅", html);

        await page.GotoAsync("/privacy/requests");
        Assert.True(await page.Locator($"tr[data-reference='{reference}']").IsVisibleAsync());
        Assert.Empty(await Infrastructure.Browser.SeriousAccessibilityProblemsAsync(page));
        Assert.Equal(CaseState.Completed, (await site.CaseAsync(reference)).State);
    }
}

using Microsoft.Playwright;
using Steward.Core.Consent;
using Steward.Sites;
using Steward.Tests.Infrastructure;

namespace Steward.Tests.Sites;

/// <summary>The site forms in a real Chromium, filled in as a person would, in English and Chinese:
/// what is stored (read back through the vault), the consent records, the email received, and an
/// axe-core scan of every page on the way (no serious or critical problem).</summary>
public sealed class SiteFormsBrowserTests
{
    [Theory]
    [InlineData("en-GB", "en", "Name", "Telephone number", "Email address", "Rail transit", "Please send me news from Hirain on the fields I have chosen.", "Sign up")]
    [InlineData("zh-CN", "zh-CN", "姓名", "电话号码", "电子邮箱", "轨道交通", "请向我发送经纬恒润关于我所选领域的资讯。", "订阅")]
    public async Task A_person_signs_up_for_news_in_their_language(string locale, string lang, string name, string telephone, string email, string scope, string consent, string submit)
    {
        await using var site = await SiteServer.StartAsync();
        await using var context = await Infrastructure.Browser.NewContextAsync(site.Server.Address, locale);
        var page = await context.NewPageAsync();
        var address = $"reader.{lang}@example.cn";

        await page.GotoAsync("/sites/corporate");
        await AssertAccessibleAsync(page);
        var leaving = page.Locator("footer a.third-party").First;
        Assert.Contains(lang == "en" ? "own privacy policy" : "自身的隐私政策", await leaving.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("external", await leaving.GetAttributeAsync("rel") ?? "", StringComparison.Ordinal);
        Assert.Equal(2, await page.Locator("figure.third-party-embed").CountAsync()); // Bilibili and Baidu Maps are embeds
        await page.Locator("ul.forms a[href*='sign-up']").ClickAsync();

        Assert.Equal(lang, await page.GetAttributeAsync("html", "lang"));
        await AssertAccessibleAsync(page);
        Assert.False(await page.GetByLabel(consent).IsCheckedAsync());
        await page.GetByRole(AriaRole.Button, new() { Name = submit }).ClickAsync();
        Assert.Equal(lang == "en" ? "Please fill this in." : "请填写此项。", await page.Locator("#f-name-error").InnerTextAsync());
        await AssertAccessibleAsync(page);

        await page.GetByLabel(name).FillAsync("Chen Jing");
        await page.GetByLabel(telephone).FillAsync("+86 139 1234 5678");
        await page.GetByLabel(email).FillAsync(address);
        await page.GetByLabel(scope).CheckAsync();
        await page.GetByLabel(consent).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = submit }).ClickAsync();

        Assert.Equal(lang == "en" ? SiteText.En.SignUpDoneTitle : SiteText.Zh.SignUpDoneTitle, await page.Locator("h1").InnerTextAsync());
        var subject = await Stored.SubjectByEmailAsync(site.Server, address);
        var data = await Stored.ReadAsync(site.Server, subject, ["identity.name", "contact", "interests"]);
        Assert.Equal(("Chen Jing", "+8613912345678", "rail_transit"), (data["identity.name"], data["contact.telephone"], data["interests.scopes"]));
        var given = Assert.Single(await Stored.ConsentsAsync(site.Server, subject), c => c.Status == ConsentStatus.Given);
        Assert.Equal(("marketing.interest_news", lang), (given.Purpose, given.Language));
        var mail = await site.Smtp.WaitForAsync(address);
        Assert.Equal(SiteText.In(lang).SignUpSubject, mail.Subject);
    }

    [Theory]
    [InlineData("en-GB", "en")]
    [InlineData("zh-CN", "zh-CN")]
    public async Task A_person_registers_confirms_by_email_and_opens_their_account_in_their_language(string locale, string lang)
    {
        await using var site = await SiteServer.StartAsync();
        await using var context = await Infrastructure.Browser.NewContextAsync(site.Server.Address, locale);
        var page = await context.NewPageAsync();
        var text = SiteText.In(lang);
        var address = $"member.{lang}@example.eu";

        await page.GotoAsync("/sites/europe/register");
        await AssertAccessibleAsync(page);
        await page.Locator("#f-name").FillAsync("Marie Curie");
        await page.Locator("#f-company").FillAsync("Institut du Radium");
        await page.Locator("#f-email").FillAsync(address);
        await page.Locator("#f-telephone").FillAsync("+33 1 42 34 56 78");
        await page.Locator("#f-login_id").FillAsync("mcurie");
        await page.Locator("#f-password").FillAsync(AccountTests.Password);
        await page.Locator("#f-birth_year").FillAsync("1967");
        await page.GetByRole(AriaRole.Button, new() { Name = text.RegisterSubmit }).ClickAsync();
        Assert.Equal(text.RegisterDoneTitle, await page.Locator("h1").InnerTextAsync());

        var subject = await Stored.SubjectByEmailAsync(site.Server, address);
        var data = await Stored.ReadAsync(site.Server, subject, ["identity", "contact", "account"]);
        Assert.Equal(("Marie Curie", "+33142345678", "mcurie", "1967"), (data["identity.name"], data["contact.telephone"], data["account.login_id"], data["identity.birth_date"]));
        Assert.All(await Stored.ConsentsAsync(site.Server, subject), c => Assert.Equal((ConsentStatus.Refused, lang), (c.Status, c.Language)));

        var mail = await site.Smtp.WaitForAsync(address);
        Assert.Equal(text.ConfirmSubject, mail.Subject);
        await page.GotoAsync(AccountTests.PathOf(mail));
        Assert.Equal(text.ConfirmedTitle, await page.Locator("h1").InnerTextAsync());
        await AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = text.SignInLink, Exact = true }).First.ClickAsync();
        await AssertAccessibleAsync(page);
        await page.GetByLabel(text.Email).FillAsync(address);
        await page.GetByLabel(text.Password).FillAsync(AccountTests.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = text.SignIn }).ClickAsync();

        Assert.Equal(text.AccountTitle, await page.Locator("h1").InnerTextAsync());
        Assert.Equal("Institut du Radium", await page.Locator("#f-company").InputValueAsync());
        await AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task The_guardian_page_passes_axe()
    {
        await using var site = await SiteServer.StartAsync();
        using var child = site.Visitor();
        var year = (DateTime.UtcNow.Year - 9).ToString(System.Globalization.CultureInfo.InvariantCulture);
        await child.SubmitAsync("/sites/corporate/register", AccountTests.Registration("small@example.cn", year, guardian: "carer@example.cn"));
        var link = AccountTests.PathOf(await site.Smtp.WaitForAsync("carer@example.cn"));
        await using var context = await Infrastructure.Browser.NewContextAsync(site.Server.Address, "zh-CN");
        var page = await context.NewPageAsync();

        await page.GotoAsync(link);

        Assert.Equal(SiteText.En.GuardianTitle, await page.Locator("h1").InnerTextAsync()); // the language the child used
        await AssertAccessibleAsync(page);
    }

    private static async Task AssertAccessibleAsync(IPage page) =>
        Assert.Empty(await Infrastructure.Browser.SeriousAccessibilityProblemsAsync(page));
}

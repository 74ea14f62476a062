using System.Net;
using static Steward.Tests.Staff.ConsoleBrowser;

namespace Steward.Tests.Staff;

/// <summary>One administrator's Console, shared by the tests of this class.</summary>
public sealed class ConsoleFixture : IAsyncLifetime
{
    internal StaffSite Site { get; private set; } = null!;
    internal StaffSite.Member Administrator { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Site = await StaffSite.StartAsync();
        Administrator = await Site.SetUpAdministratorAsync();
    }

    public async Task DisposeAsync() => await Site.DisposeAsync();
}

/// <summary>Every Console page reads in English and Simplified Chinese, keeps to the strict content
/// security policy, and refuses forms sent without their antiforgery token.</summary>
public sealed class ConsolePageTests(ConsoleFixture fixture) : IClassFixture<ConsoleFixture>
{
    private ConsoleBrowser Browser => fixture.Administrator.Browser;

    [Theory]
    [InlineData("/console", "en", "<h1>Console</h1>")]
    [InlineData("/console", "zh-CN", "<h1>控制台</h1>")]
    [InlineData("/console/staff", "en", "<h1>Staff</h1>")]
    [InlineData("/console/staff", "zh-CN", "<h1>员工</h1>")]
    [InlineData("/console/api-keys", "en", "<h1>API keys</h1>")]
    [InlineData("/console/api-keys", "zh-CN", "<h1>API 密钥</h1>")]
    [InlineData("/console/two-factor", "en", "Two-factor sign-in is on for your account.")]
    [InlineData("/console/two-factor", "zh-CN", "您的账户已启用双因素登录。")]
    [InlineData("/console/sign-out", "en", "<h1>Sign out of the Console</h1>")]
    [InlineData("/console/sign-out", "zh-CN", "<h1>退出控制台</h1>")]
    public async Task Administrator_pages_read_in_both_languages(string path, string lang, string expected)
    {
        var page = await Browser.GetAsync($"{path}?lang={lang}");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains($"<html lang=\"{lang}\">", page.Html);
        Assert.Contains(expected, page.Html);
        Assert.DoesNotContain("<script", page.Html);
        Assert.DoesNotContain(" style=", page.Html);
    }

    [Theory]
    [InlineData("en", "<h1>Sign in to the Console</h1>", "Administrator")]
    [InlineData("zh-CN", "<h1>登录控制台</h1>", "系统管理员")]
    public async Task Sign_in_and_home_read_in_both_languages(string lang, string signInHeading, string roleName)
    {
        using var anonymous = fixture.Site.Browser();
        var signIn = await anonymous.GetAsync($"/console/sign-in?lang={lang}");
        Assert.Contains(signInHeading, signIn.Html);
        var home = await Browser.GetAsync($"/console?lang={lang}");
        Assert.Contains(roleName, home.Html);
    }

    [Theory]
    [InlineData("en", "Steward must keep at least one active administrator.")]
    [InlineData("zh-CN", "Steward 必须保留至少一位正常状态的管理员。")]
    public async Task Member_page_reads_in_both_languages(string lang, string lastAdministrator)
    {
        var staff = await Browser.GetAsync("/console/staff");
        var id = System.Text.RegularExpressions.Regex.Match(staff.Html, "<tr data-member=\"([^\"]+)\">").Groups[1].Value;
        var page = await Browser.SubmitAsync($"/console/staff/{id}?lang={lang}", [], handler: "Roles");
        Assert.Contains(lastAdministrator, page.Html);
    }

    [Theory]
    [InlineData("/console/sign-in", null)]
    [InlineData("/console/api-keys", "Create")]
    [InlineData("/console/staff", "Invite")]
    [InlineData("/console/sign-out", null)]
    public async Task A_form_sent_without_its_antiforgery_token_is_refused(string path, string? handler)
    {
        var before = await Browser.GetAsync("/console/api-keys");
        var refused = await Browser.PostAsync(path, [Field("email", "new@example.org"), Field("password", "x"), Field("roles", "auditor"), Field("system", "forged"), Field("purposes", "recruitment")], handler);
        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Contains("<h1>This request could not be understood</h1>", refused.Html);

        var after = await Browser.GetAsync("/console/api-keys");
        Assert.Equal(HttpStatusCode.OK, after.Status); // still signed in
        Assert.DoesNotContain("forged", after.Html);
        Assert.Equal(before.Html.Split("data-key=").Length, after.Html.Split("data-key=").Length);
        Assert.DoesNotContain("new@example.org", (await Browser.GetAsync("/console/staff")).Html);
    }

    [Fact]
    public async Task A_set_up_form_without_its_token_is_refused_and_the_link_is_not_used_up()
    {
        var link = await StaffSite.InviteAsync(fixture.Administrator, "later@example.org", "auditor");
        using var invitee = fixture.Site.Browser();
        var refused = await invitee.PostAsync(link, [Field("password", StaffSite.Password), Field("repeatPassword", StaffSite.Password)]);
        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Equal(HttpStatusCode.OK, (await invitee.GetAsync(link)).Status);
    }
}

using System.Net;
using static Steward.Tests.Staff.ConsoleBrowser;

namespace Steward.Tests.Staff;

/// <summary>The first administrator's set-up link works once, and not after a day.</summary>
public sealed class SetupLinkTests
{
    [Fact]
    public async Task The_set_up_link_works_once()
    {
        await using var site = await StaffSite.StartAsync();
        var link = site.SetupLink();

        var administrator = await site.CreateAccountAsync(link, "admin@example.org");
        Assert.Equal("/console/two-factor", administrator.LastPage.Path);

        using var someoneElse = site.Browser();
        var again = await someoneElse.GetAsync(link);
        Assert.Equal(HttpStatusCode.Gone, again.Status);
        Assert.Contains("This link has already been used.", again.Html);
        Assert.DoesNotContain("<form method=\"post\"", again.Html);
        // With a valid antiforgery token of their own, the form still cannot be sent again.
        var token = (await someoneElse.GetAsync("/console/sign-in")).AntiforgeryToken();
        var reposted = await someoneElse.PostAsync(link, [Field("email", "intruder@example.org"), Field("password", StaffSite.Password), Field("repeatPassword", StaffSite.Password), Field("__RequestVerificationToken", token)]);
        Assert.Equal(HttpStatusCode.Gone, reposted.Status);
        var intruder = await site.SignInAsync("intruder@example.org", null);
        Assert.Contains("The email or the password is not right.", intruder.LastPage.Html);

        var setup = Assert.Single(site.Audit.Records, r => r.Action == "staff.setup");
        Assert.StartsWith("staff:", setup.Actor, StringComparison.Ordinal);
        Assert.DoesNotContain(site.Audit.Records, r => $"{r.Actor} {r.Reason}".Contains("admin@example.org", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_set_up_link_expires_after_a_day()
    {
        var clock = StaffSite.Clock();
        await using var site = await StaffSite.StartAsync(clock: clock);
        using var browser = site.Browser();
        var link = site.SetupLink();

        clock.Advance(TimeSpan.FromHours(23) + TimeSpan.FromMinutes(59));
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync(link)).Status);

        clock.Advance(TimeSpan.FromMinutes(2));
        var expired = await browser.GetAsync(link + "?lang=zh-CN");
        Assert.Equal(HttpStatusCode.Gone, expired.Status);
        Assert.Contains("此链接已过期", expired.Html);
        var refused = await browser.SubmitAsync("/console/sign-in", [Field("email", "admin@example.org"), Field("password", StaffSite.Password)]);
        Assert.Contains("The email or the password is not right.", refused.Html);
    }

    [Fact]
    public async Task An_unknown_link_is_not_found_and_a_short_password_is_refused_in_the_readers_language()
    {
        await using var site = await StaffSite.StartAsync();
        using var browser = site.Browser();
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/console/setup/not-a-real-token")).Status);

        var link = site.SetupLink() + "?lang=zh-CN";
        var page = await browser.SubmitAsync(link, [Field("email", "admin@example.org"), Field("password", "short"), Field("repeatPassword", "short")]);
        Assert.Contains("请设置至少 12 个字符的密码", page.Html);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync(link)).Status); // the link still works
    }
}

using System.Net;
using static Steward.Tests.Staff.ConsoleBrowser;

namespace Steward.Tests.Staff;

/// <summary>Guessing is slowed twice: an account locks after repeated failures, and one address may
/// post only so many sign-in forms a minute.</summary>
public sealed class SignInLimitTests
{
    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        await using var site = await StaffSite.StartAsync();
        var administrator = await site.SetUpAdministratorAsync();
        using var attacker = site.Browser();

        var answers = new List<Page>();
        for (var i = 0; i < 5; i++)
        {
            answers.Add(await attacker.SubmitAsync("/console/sign-in", [Field("email", administrator.Email), Field("password", $"wrong guess number {i}")]));
        }
        Assert.All(answers[..4], a => Assert.Contains("The email or the password is not right.", a.Html));
        Assert.Contains("This account is locked", answers[4].Html);

        using var owner = site.Browser();
        var locked = await owner.SubmitAsync("/console/sign-in", [Field("email", administrator.Email), Field("password", StaffSite.Password)]);
        Assert.Equal("/console/sign-in", locked.Path);
        Assert.Contains("This account is locked", locked.Html);
        Assert.Equal("/console/sign-in", (await owner.GetAsync("/console")).Path);
        Assert.Contains(site.Audit.Records, r => r.Action == "staff.sign_in" && r.Reason == "locked_out");

        var staff = await administrator.Browser.GetAsync("/console/staff");
        Assert.Contains(">Locked<", staff.Html);
    }

    [Fact]
    public async Task Too_many_sign_in_posts_from_one_address_get_a_429_page()
    {
        await using var site = await StaffSite.StartAsync(new Dictionary<string, string?> { ["Steward:Staff:SignInPermitLimit"] = "3" });
        using var browser = site.Browser();

        for (var i = 0; i < 3; i++)
        {
            var refused = await browser.SubmitAsync("/console/sign-in", [Field("email", "nobody@example.org"), Field("password", "guess")]);
            Assert.Equal(HttpStatusCode.OK, refused.Status);
        }
        var limited = await browser.SubmitAsync("/console/sign-in?lang=zh-CN", [Field("email", "nobody@example.org"), Field("password", "guess")]);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.Status);
        Assert.Contains("<h1>尝试次数过多</h1>", limited.Html);
        Assert.True(limited.Response.Headers.RetryAfter is not null, "a Retry-After header tells when to come back");

        var code = await browser.PostAsync("/console/sign-in/code", [Field("code", "123456")]);
        Assert.Equal(HttpStatusCode.TooManyRequests, code.Status);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/console/sign-in")).Status); // reading the form is not limited
    }
}

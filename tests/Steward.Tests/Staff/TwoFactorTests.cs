using System.Net;
using static Steward.Tests.Staff.ConsoleBrowser;

namespace Steward.Tests.Staff;

/// <summary>Roles that require two-factor sign-in reach the Console only with an enrolled authenticator.</summary>
public sealed class TwoFactorTests
{
    [Fact]
    public async Task An_administrator_must_enrol_an_authenticator_before_reaching_the_console()
    {
        await using var site = await StaffSite.StartAsync();
        var administrator = await site.CreateAccountAsync(site.SetupLink(), "admin@example.org");
        var browser = administrator.Browser;

        foreach (var page in new[] { "/console", "/console/staff", "/console/api-keys" })
        {
            Assert.Equal("/console/two-factor", (await browser.GetAsync(page)).Path);
        }
        var enrol = await browser.GetAsync("/console/two-factor");
        var key = enrol.Element("shared-key").Replace(" ", "", StringComparison.Ordinal);
        Assert.Matches("^[a-z2-7]{32}$", key);
        Assert.StartsWith("otpauth://totp/", enrol.Element("authenticator-uri"), StringComparison.Ordinal);
        Assert.Contains($"secret={key.ToUpperInvariant()}", enrol.Element("authenticator-uri"));
        Assert.Contains("src=\"data:image/png;base64,", enrol.Html);

        var wrong = await browser.SubmitAsync("/console/two-factor", [Field("code", WrongCode(key))]);
        Assert.Contains("That code is not right.", wrong.Html);
        Assert.Equal("/console/two-factor", (await browser.GetAsync("/console")).Path);

        var enrolled = await browser.SubmitAsync("/console/two-factor", [Field("code", AuthenticatorApp.Code(key))]);
        Assert.Equal("/console", enrolled.Path);
        Assert.Contains("Administrator", enrolled.Html);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/console/staff")).Status);
        Assert.Contains(site.Audit.Records, r => r.Action == "staff.two_factor.enrol");
    }

    [Fact]
    public async Task Signing_in_again_asks_for_the_authenticator_code()
    {
        await using var site = await StaffSite.StartAsync();
        var administrator = await site.SetUpAdministratorAsync();
        var home = await administrator.Browser.GetAsync("/console");
        Assert.Equal(HttpStatusCode.OK, home.Status);
        var afterSignOut = await administrator.Browser.PostAsync("/console/sign-out", [Field("__RequestVerificationToken", home.AntiforgeryToken())]);
        Assert.Equal("/console/sign-in", afterSignOut.Path);
        Assert.Equal("/console/sign-in", (await administrator.Browser.GetAsync("/console")).Path);

        using var browser = site.Browser();
        var code = await browser.SubmitAsync("/console/sign-in", [Field("email", administrator.Email), Field("password", StaffSite.Password)]);
        Assert.Equal("/console/sign-in/code", code.Path);
        Assert.Equal("/console/sign-in", (await browser.GetAsync("/console")).Path); // the password alone does not sign in

        var wrong = await browser.SubmitAsync("/console/sign-in/code", [Field("code", WrongCode(administrator.AuthenticatorKey!))]);
        Assert.Contains("That code is not right.", wrong.Html);
        var signedIn = await browser.SubmitAsync("/console/sign-in/code", [Field("code", AuthenticatorApp.NextCode(administrator.AuthenticatorKey!))]);
        Assert.Equal("/console", signedIn.Path);
        Assert.Contains(site.Audit.Records, r => r.Action == "staff.sign_in" && r.Decision == "denied" && r.Reason == "wrong_code");
        Assert.Contains(site.Audit.Records, r => r.Action == "staff.sign_in" && r.Decision == "allowed");
    }

    [Fact]
    public async Task An_authenticator_code_works_once_and_cannot_be_replayed()
    {
        await using var site = await StaffSite.StartAsync();
        var administrator = await site.SetUpAdministratorAsync();
        var key = administrator.AuthenticatorKey!;
        var code = AuthenticatorApp.NextCode(key);

        using var first = site.Browser();
        await first.SubmitAsync("/console/sign-in", [Field("email", administrator.Email), Field("password", StaffSite.Password)]);
        Assert.Equal("/console", (await first.SubmitAsync("/console/sign-in/code", [Field("code", code)])).Path);

        // Someone who saw the code (over a shoulder, in a proxy log) and knows the password tries it again at once.
        using var second = site.Browser();
        await second.SubmitAsync("/console/sign-in", [Field("email", administrator.Email), Field("password", StaffSite.Password)]);
        var replayed = await second.SubmitAsync("/console/sign-in/code", [Field("code", code)]);
        Assert.Equal("/console/sign-in/code", replayed.Path);
        Assert.Contains("That code is not right.", replayed.Html);
        Assert.Contains(site.Audit.Records, r => r.Action == "staff.sign_in" && r.Reason == "wrong_code");
    }

    /// <summary>A code the authenticator shows at none of the moments Steward accepts.</summary>
    private static string WrongCode(string key)
    {
        var near = Enumerable.Range(-3, 7).Select(i => AuthenticatorApp.Code(key, DateTimeOffset.UtcNow.AddSeconds(30 * i))).ToHashSet();
        return Enumerable.Range(0, 1000).Select(i => i.ToString("000000", System.Globalization.CultureInfo.InvariantCulture)).First(c => !near.Contains(c));
    }
}

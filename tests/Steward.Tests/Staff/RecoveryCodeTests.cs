using System.Net;
using System.Text.RegularExpressions;
using Steward.Tests.Infrastructure;
using static Steward.Tests.Staff.ConsoleBrowser;

namespace Steward.Tests.Staff;

/// <summary>A member who lost their phone signs in with a recovery code; each code works once.</summary>
public sealed partial class RecoveryCodeTests
{
    [Fact]
    public async Task A_recovery_code_signs_in_once_in_place_of_the_authenticator()
    {
        await using var site = await StaffSite.StartAsync();
        var administrator = await site.SetUpAdministratorAsync();
        var before = await administrator.Browser.GetAsync("/console/recovery-codes");
        Assert.Contains("Unused recovery codes: 0", before.Html);

        var made = await administrator.Browser.SubmitAsync("/console/recovery-codes", []);
        var codes = Code().Matches(made.Html).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(10, codes.Distinct().Count());
        Assert.Contains(site.Audit.Records, r => r.Action == "staff.recovery_codes.new");
        Assert.DoesNotContain(site.Audit.Records, r => codes.Any(c => (r.Reason ?? "").Contains(c, StringComparison.Ordinal)));

        using var lostPhone = site.Browser();
        await lostPhone.SubmitAsync("/console/sign-in", [Field("email", administrator.Email), Field("password", StaffSite.Password)]);
        var signedIn = await lostPhone.SubmitAsync("/console/sign-in/code", [Field("code", codes[0].ToLowerInvariant())]);
        Assert.Equal("/console", signedIn.Path);
        Assert.Equal(HttpStatusCode.OK, (await lostPhone.GetAsync("/console/staff")).Status); // a full second factor
        Assert.Contains("Unused recovery codes: 9", (await lostPhone.GetAsync("/console/recovery-codes")).Html);

        using var again = site.Browser();
        await again.SubmitAsync("/console/sign-in", [Field("email", administrator.Email), Field("password", StaffSite.Password)]);
        var reused = await again.SubmitAsync("/console/sign-in/code", [Field("code", codes[0])]);
        Assert.Equal("/console/sign-in/code", reused.Path);
        Assert.Contains("That code is not right.", reused.Html);
    }

    [GeneratedRegex("<code class=\"secret\">([A-Z0-9]{5}-[A-Z0-9]{5})</code>")]
    private static partial Regex Code();
}

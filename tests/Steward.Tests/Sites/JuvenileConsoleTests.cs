using System.Net;
using Steward.Tests.Staff;
using static Steward.Tests.Staff.ConsoleBrowser;

namespace Steward.Tests.Sites;

/// <summary>The privacy officer's Console action for P7.3: erase at once data collected from a juvenile
/// without consent, audited under their id; other roles may not.</summary>
public sealed class JuvenileConsoleTests
{
    [Fact]
    public async Task A_privacy_officer_erases_a_juveniles_data_at_once_and_a_recruiter_may_not()
    {
        await using var site = await StaffSite.StartAsync();
        var administrator = await site.SetUpAdministratorAsync();
        var officer = await site.JoinAsync(await StaffSite.InviteAsync(administrator, "officer@example.org", "privacy_officer"), "officer@example.org");
        var recruiter = await site.JoinAsync(await StaffSite.InviteAsync(administrator, "recruiter@example.org", "recruiter"), "recruiter@example.org");
        using (var child = new SiteVisitor(site.Server))
        {
            var year = (DateTime.UtcNow.Year - 9).ToString(System.Globalization.CultureInfo.InvariantCulture);
            await child.SubmitAsync("/sites/corporate/register", AccountTests.Registration("tiny@example.cn", year, guardian: "tiny.parent@example.cn"));
        }
        var subject = await Stored.SubjectByEmailAsync(site.Server, "tiny@example.cn");

        Assert.Equal(HttpStatusCode.Forbidden, (await recruiter.Browser.GetAsync("/console/juveniles")).Status);
        var bad = await officer.Browser.SubmitAsync("/console/juveniles", [Field("subject", "not-an-id")]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.Status);
        var done = await officer.Browser.SubmitAsync("/console/juveniles", [Field("subject", subject.ToString())]);

        Assert.Equal(HttpStatusCode.OK, done.Status);
        Assert.Equal(Steward.Pages.Console.JuvenileText.En.Erased, done.Element("result"));
        Assert.NotNull((await Stored.SubjectAsync(site.Server, subject))!.ErasedAt);
        var marked = Assert.Single(site.Audit.Records, r => r.Action == "juvenile.without_consent");
        Assert.StartsWith("staff:", marked.Actor, StringComparison.Ordinal);
        Assert.Contains(site.Audit.Records, r => r.Action == "vault.erase" && r.Actor == marked.Actor && r.SubjectId == subject);
    }
}

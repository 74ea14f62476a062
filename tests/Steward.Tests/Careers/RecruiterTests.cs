using System.Net;
using System.Text.RegularExpressions;
using Steward.Tests.Staff;
using static Steward.Tests.Staff.ConsoleBrowser;

namespace Steward.Tests.Careers;

/// <summary>Recruiters make postings in the Console and see the applications to their own postings
/// only, through the gate; every step is in the audit log, by ids.</summary>
public sealed partial class RecruiterTests
{
    [Fact]
    public async Task A_recruiter_sees_only_applications_to_their_own_postings_and_another_recruiter_cannot_open_them()
    {
        await using var site = await StaffSite.StartAsync();
        var administrator = await site.SetUpAdministratorAsync();
        var alice = await site.JoinAsync(await StaffSite.InviteAsync(administrator, "alice@example.org", "recruiter"), "alice@example.org");
        var bob = await site.JoinAsync(await StaffSite.InviteAsync(administrator, "bob@example.org", "recruiter"), "bob@example.org");

        var alicePosting = await CreatePostingAsync(alice, "Calibration engineer", "标定工程师");
        var bobPosting = await CreatePostingAsync(bob, "Test engineer", "测试工程师");

        var resume = TestDocuments.Pdf("Wang Fang", "HIL test benches");
        using (var applicant = new ApplicantBrowser(site.Server))
        {
            var fields = CareersHarness.ValidFields("wang.fang@example.com");
            fields["name"] = "Wang Fang";
            var answer = await applicant.ApplyAsync($"/sites/careers/careers/{alicePosting}", fields, new Upload("wang-fang.pdf", "application/pdf", resume));
            Assert.Contains("/received?reference=", answer.Path, StringComparison.Ordinal);
        }

        var aliceList = await alice.Browser.GetAsync("/console/careers/applications");
        var applicationId = ApplicationRow().Match(aliceList.Html).Groups[1].Value;
        Assert.NotEmpty(applicationId);
        Assert.Contains("Calibration engineer", aliceList.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("Wang Fang", aliceList.Html, StringComparison.Ordinal); // the list holds no personal data

        var detail = await alice.Browser.GetAsync($"/console/careers/applications/{applicationId}");
        Assert.Equal(HttpStatusCode.OK, detail.Status);
        var shown = WebUtility.HtmlDecode(detail.Html);
        Assert.Contains("data-field=\"name\">Wang Fang<", shown, StringComparison.Ordinal);
        Assert.Contains("data-field=\"telephone\">+8613800138000<", shown, StringComparison.Ordinal);
        Assert.Contains("data-field=\"education-0-school\">Beihang University<", shown, StringComparison.Ordinal);
        Assert.Contains("data-consent=\"recruitment.talent_pool\">Yes<", shown, StringComparison.Ordinal);
        Assert.Contains("HIL test benches", detail.Element("resume-text"), StringComparison.Ordinal);
        var download = await alice.Browser.GetAsync($"/console/careers/applications/{applicationId}?handler=resume");
        Assert.Equal(HttpStatusCode.OK, download.Status);
        Assert.Equal("application/pdf", download.Response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(resume, await download.Response.Content.ReadAsByteArrayAsync());

        var bobList = await bob.Browser.GetAsync("/console/careers/applications");
        Assert.Contains("id=\"no-applications\"", bobList.Html, StringComparison.Ordinal);
        Assert.DoesNotContain(applicationId, bobList.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await bob.Browser.GetAsync($"/console/careers/applications/{applicationId}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await bob.Browser.GetAsync($"/console/careers/applications/{applicationId}?handler=resume")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await bob.Browser.GetAsync($"/console/careers/postings/{alicePosting}")).Status);

        // The administrator manages postings (no personal data) but reads no application.
        var all = await administrator.Browser.GetAsync("/console/careers/postings");
        Assert.Contains($"data-posting=\"{alicePosting}\"", all.Html, StringComparison.Ordinal);
        Assert.Contains($"data-posting=\"{bobPosting}\"", all.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await administrator.Browser.GetAsync("/console/careers/applications")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await administrator.Browser.GetAsync($"/console/careers/applications/{applicationId}")).Status);

        var aliceId = Actor(site, "careers.posting.create", alicePosting);
        var views = site.Audit.Records.Where(r => r.Action == "careers.application.view").ToList();
        var view = Assert.Single(views);
        Assert.Equal(aliceId, view.Actor);
        Assert.Contains(site.Audit.Records, r => r.Action == "gate.decision" && r.Actor == aliceId && r.Purpose == "recruitment" && r.Decision == "allowed" && r.SubjectId == view.SubjectId);
        Assert.Single(site.Audit.Records, r => r.Action == "careers.resume.download" && r.Actor == aliceId);
        Assert.DoesNotContain(site.Audit.Records, r => $"{r.Actor} {r.Reason}".Contains("Wang Fang", StringComparison.Ordinal) || $"{r.Reason}".Contains("@example", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_recruiter_closes_a_posting_and_its_form_is_gone_in_both_languages()
    {
        await using var site = await StaffSite.StartAsync();
        var administrator = await site.SetUpAdministratorAsync();
        var recruiter = await site.JoinAsync(await StaffSite.InviteAsync(administrator, "carol@example.org", "recruiter"), "carol@example.org");
        var posting = await CreatePostingAsync(recruiter, "Safety engineer", "功能安全工程师");
        using var visitor = new ApplicantBrowser(site.Server, "zh-CN");
        Assert.Contains("功能安全工程师", (await visitor.GetAsync("/sites/careers/careers")).Html, StringComparison.Ordinal);

        var missing = await recruiter.Browser.SubmitAsync($"/console/careers/postings/{posting}",
            [Field("Input.TitleEn", ""), Field("Input.TitleZh", "功能安全工程师"), Field("Input.DescriptionEn", "x"), Field("Input.DescriptionZh", "x"), Field("Input.Site", "careers"), Field("Input.Open", "true")]);
        Assert.Contains("Give the title and the description in both languages.", missing.Html, StringComparison.Ordinal);

        var closed = await recruiter.Browser.SubmitAsync($"/console/careers/postings/{posting}",
            [Field("Input.TitleEn", "Safety engineer"), Field("Input.TitleZh", "功能安全工程师"), Field("Input.DescriptionEn", "ISO 26262."), Field("Input.DescriptionZh", "ISO 26262。"), Field("Input.Site", "careers"), Field("Input.Open", "false")]);
        Assert.Equal("Saved.", closed.Element("saved"));
        Assert.Contains("id=\"no-openings\"", (await visitor.GetAsync("/sites/careers/careers")).Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/sites/careers/careers/{posting}")).Status);
        Assert.Single(site.Audit.Records, r => r.Action == "careers.posting.update" && r.Reason == $"posting {posting:n}; site careers; closed");
    }

    private static async Task<Guid> CreatePostingAsync(StaffSite.Member recruiter, string titleEn, string titleZh)
    {
        var page = await recruiter.Browser.SubmitAsync("/console/careers/postings",
            [Field("Input.TitleEn", titleEn), Field("Input.TitleZh", titleZh), Field("Input.DescriptionEn", titleEn + " wanted."),
             Field("Input.DescriptionZh", "招聘" + titleZh + "。"), Field("Input.Site", "careers"), Field("Input.Open", "true")]);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.StartsWith("/console/careers/postings/", page.Path, StringComparison.Ordinal);
        return Guid.Parse(page.Path.Split('/')[^1]);
    }

    private static string Actor(StaffSite site, string action, Guid posting) =>
        site.Audit.Records.Single(r => r.Action == action && r.Reason!.StartsWith($"posting {posting:n}", StringComparison.Ordinal)).Actor;

    [GeneratedRegex("<tr data-application=\"([0-9a-f-]+)\">")]
    private static partial Regex ApplicationRow();
}

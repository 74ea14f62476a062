using System.Net;
using Steward.Tests.Infrastructure;

namespace Steward.Tests.Careers;

/// <summary>The same form sent twice, even at the same moment, is one application, on SQLite and on
/// PostgreSQL; and one client cannot send the form without limit.</summary>
public sealed class SubmissionTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task The_same_form_sent_twice_and_then_twice_at_once_is_one_application(bool onPostgres)
    {
        var postgres = onPostgres ? await (await PostgresServer.Shared).CreateDatabaseAsync() : null;
        await using var server = await StewardServer.StartAsync(postgres: postgres, settings: new Dictionary<string, string?> { ["Steward:Careers:ApplyPermitLimit"] = "1000" });
        var posting = await CareersHarness.CreatePostingAsync(server);
        var path = CareersHarness.FormPath(posting);
        var resume = new Upload("cv.pdf", "application/pdf", TestDocuments.Pdf("Zhang Wei"));
        using var applicant = new ApplicantBrowser(server);

        var form = await applicant.GetAsync(path);
        var first = await applicant.ApplyAsync(path, CareersHarness.ValidFields(), resume, form);
        var again = await applicant.ApplyAsync(path, CareersHarness.ValidFields(), resume, form); // the back button and a second click
        Assert.Contains("/received?reference=", first.Path, StringComparison.Ordinal);
        Assert.Equal(first.Path, again.Path);

        var other = await applicant.GetAsync(path);
        var together = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => applicant.ApplyAsync(path, CareersHarness.ValidFields(), resume, other)));
        Assert.All(together, a => Assert.Equal(together[0].Path, a.Path));
        Assert.NotEqual(first.Path, together[0].Path);

        var applications = await CareersHarness.ApplicationsAsync(server, posting.Id);
        Assert.Equal(2, applications.Count);
        var counts = await CareersHarness.CountAsync(server);
        Assert.Equal(2, counts.Subjects);
        Assert.Equal(2, counts.Consents);
    }

    [Fact]
    public async Task One_client_sending_the_form_too_often_gets_a_429_page_and_reading_stays_open()
    {
        await using var server = await StewardServer.StartAsync(settings: new Dictionary<string, string?> { ["Steward:Careers:ApplyPermitLimit"] = "2" });
        var posting = await CareersHarness.CreatePostingAsync(server);
        var path = CareersHarness.FormPath(posting);
        using var applicant = new ApplicantBrowser(server);
        var bad = CareersHarness.ValidFields();
        bad["name"] = "";

        Assert.Equal(HttpStatusCode.OK, (await applicant.ApplyAsync(path, bad)).Status);
        Assert.Equal(HttpStatusCode.OK, (await applicant.ApplyAsync(path, bad)).Status);
        var limited = await applicant.ApplyAsync(path, CareersHarness.ValidFields());

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.Status);
        Assert.Equal(HttpStatusCode.OK, (await applicant.GetAsync(path)).Status);
        Assert.Equal(0, (await CareersHarness.CountAsync(server)).Applications);
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused_and_stores_nothing()
    {
        await using var server = await StewardServer.StartAsync();
        var posting = await CareersHarness.CreatePostingAsync(server);
        using var applicant = new ApplicantBrowser(server);
        var form = await applicant.GetAsync(CareersHarness.FormPath(posting));
        var fields = CareersHarness.ValidFields();
        fields["submission"] = form.Hidden("submission");
        fields["notice"] = form.Hidden("notice");

        var answer = await applicant.PostAsync(CareersHarness.FormPath(posting), fields);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal(0, (await CareersHarness.CountAsync(server)).Subjects);
    }
}

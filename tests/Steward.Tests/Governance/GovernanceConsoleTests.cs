using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Steward.Core.Catalogue.Model;
using Steward.Core.Retention;
using Steward.Core.Vault;
using Steward.Tests.Staff;
using static Steward.Tests.Staff.ConsoleBrowser;

namespace Steward.Tests.Governance;

/// <summary>The privacy officer's governance pages in the Console: the recipients register, retention,
/// breaches, the record of processing and the dashboard, in both languages; other roles are refused.</summary>
public sealed class GovernanceConsoleTests
{
    [Fact]
    public async Task The_privacy_officer_registers_a_recipient_and_its_agreement_and_mistakes_are_shown_beside_the_field()
    {
        await using var site = await StaffSite.StartAsync();
        var administrator = await site.SetUpAdministratorAsync();
        var officer = await site.JoinAsync(await StaffSite.InviteAsync(administrator, "po@example.org", "privacy_officer"), "po@example.org");

        var list = await officer.Browser.GetAsync("/console/recipients");
        Assert.Equal(HttpStatusCode.OK, list.Status);
        Assert.Contains("data-recipient=\"hotline_provider\"", list.Html, StringComparison.Ordinal);
        Assert.Contains("href=\"/console/governance?lang=en\"", list.Html, StringComparison.Ordinal);
        Assert.Contains("<h1>接收方及对外提供记录</h1>", (await officer.Browser.GetAsync("/console/recipients?lang=zh-CN")).Html, StringComparison.Ordinal);

        KeyValuePair<string, string>[] Entry(string country) =>
        [
            Field("Id", "translation_agency"), Field("NameEn", "Translation agency"), Field("NameZh", "翻译公司"), Field("Country", country),
            Field("Purposes", "customer_service"), Field("Categories", "correspondence.enquiry"), Field("Grounds", "sharing_with_service_providers"),
            Field("Kind", "ServiceProvider"),
        ];
        var wrong = await officer.Browser.SubmitAsync("/console/recipients", Entry("Germany"), "Register");
        Assert.Contains("id=\"Country-error\"", wrong.Html, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"Country-error\"", wrong.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-recipient=\"translation_agency\"", wrong.Html, StringComparison.Ordinal);

        var saved = await officer.Browser.SubmitAsync("/console/recipients", Entry("DE"), "Register");
        Assert.Contains("data-recipient=\"translation_agency\"", saved.Html, StringComparison.Ordinal);
        Assert.Contains("data-agreements=\"none\"", saved.Html, StringComparison.Ordinal);

        var agreed = await officer.Browser.SubmitAsync("/console/recipients",
            [Field("AgreementRecipient", "translation_agency"), Field("AgreementKind", "DataProcessingClauses"), Field("Reference", "TR-DPA-1"),
             Field("SignedOn", "2026-01-01"), Field("ExpiresOn", "2099-12-31")], "Agreement");
        Assert.Contains("data-agreement=\"data_processing_clauses\" data-in-force=\"yes\"", agreed.Html, StringComparison.Ordinal);
        Assert.Contains(site.Audit.Records, r => r.Action == "recipient.register" && r.Reason == "translation_agency");
    }

    [Fact]
    public async Task A_breach_registered_in_the_console_shows_its_clock_its_drafts_and_appears_on_the_dashboard()
    {
        await using var site = await StaffSite.StartAsync();
        var administrator = await site.SetUpAdministratorAsync();
        var officer = await site.JoinAsync(await StaffSite.InviteAsync(administrator, "po@example.org", "privacy_officer"), "po@example.org");

        var refused = await officer.Browser.SubmitAsync("/console/breaches", [Field("Title", "Misdirected email"), Field("Categories", "not.a.category")]);
        Assert.Contains("id=\"Categories-error\"", refused.Html, StringComparison.Ordinal);

        var page = await officer.Browser.SubmitAsync("/console/breaches",
            [Field("Title", "Misdirected email"), Field("Nature", "A list was sent to the wrong customer."), Field("Categories", "contact.email")]);
        Assert.Matches(@"^/console/breaches/\d+$", page.Path);
        Assert.Contains("GDPR art. 33(3)(a)", page.Html, StringComparison.Ordinal);
        Assert.Contains("《个人信息保护法》第57条", page.Html, StringComparison.Ordinal);
        Assert.Matches("^7[12] hours left$", page.Element("status"));

        var assessed = await officer.Browser.SubmitAsync(page.Path, [Field("Risk", "HighRisk"), Field("Reason", ""), Field("Consequences", ""), Field("Measures", ""), Field("Advice", "")], "Assess");
        Assert.Contains("id=\"Reason-error\"", assessed.Html, StringComparison.Ordinal);

        var dashboard = await officer.Browser.GetAsync("/console/governance");
        Assert.Contains("<svg id=\"breach-clocks\"", dashboard.Html, StringComparison.Ordinal);
        Assert.Contains("Misdirected email", dashboard.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", dashboard.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("style=", dashboard.Html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<h1>合规治理</h1>", (await officer.Browser.GetAsync("/console/governance?lang=zh-CN")).Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_record_of_processing_is_a_page_a_csv_and_a_json_from_the_catalogue_and_the_register()
    {
        await using var site = await StaffSite.StartAsync();
        var administrator = await site.SetUpAdministratorAsync();
        var officer = await site.JoinAsync(await StaffSite.InviteAsync(administrator, "po@example.org", "privacy_officer"), "po@example.org");

        var page = await officer.Browser.GetAsync("/console/ropa");
        Assert.Contains("data-purpose=\"customer_service\"", page.Html, StringComparison.Ordinal);
        Assert.Contains("hotline_provider (serviceprovider, CN)", page.Html, StringComparison.Ordinal);
        Assert.Contains("eu → hirain_group (CN): standard_contractual_clauses", WebUtility.HtmlDecode(page.Html), StringComparison.Ordinal);

        var csv = await officer.Browser.GetAsync("/console/ropa?handler=Csv");
        Assert.Equal("text/csv", csv.Response.Content.Headers.ContentType?.MediaType);
        var lines = csv.Html.TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("controller,purpose,name,legal_basis", lines[0], StringComparison.Ordinal);
        Assert.Equal(Gate.GateFixture.Catalogue.Policy.Purposes.Count + 1, lines.Length);

        var json = JsonDocument.Parse((await officer.Browser.GetAsync("/console/ropa?handler=Json")).Html);
        var activities = json.RootElement.GetProperty("activities");
        Assert.Contains(activities.EnumerateArray(), a => a.GetProperty("purpose").GetString() == "recruitment"
            && a.GetProperty("retention").EnumerateArray().Any(r => r.GetString()!.StartsWith("applications:", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_retention_page_counts_what_expires_and_a_category_hold_placed_there_keeps_it()
    {
        await using var site = await StaffSite.StartAsync();
        var administrator = await site.SetUpAdministratorAsync();
        var officer = await site.JoinAsync(await StaffSite.InviteAsync(administrator, "po@example.org", "privacy_officer"), "po@example.org");
        await using (var scope = site.Server.Services.CreateAsyncScope())
        {
            var actor = Core.Gate.ActorRef.Steward("test");
            var id = await scope.ServiceProvider.GetRequiredService<VaultWriter>().CreateSubjectAsync("account_holder", [new VaultValue("contact.email", "gone@example.org")], actor);
            await scope.ServiceProvider.GetRequiredService<RetentionRecords>().RecordEventAsync(id, RetentionEvent.Deregistration);
        }

        var page = await officer.Browser.GetAsync("/console/retention");
        Assert.Matches("data-rule=\"account_data\">(?:(?!</tr>)[\\s\\S])*data-due=\"now\">1<", page.Html);

        var held = await officer.Browser.SubmitAsync("/console/retention", [Field("Category", "contact.email"), Field("Reason", "court order 2026-44")], "Hold");
        Assert.Contains("data-hold=\"contact.email\"", held.Html, StringComparison.Ordinal);
        Assert.Matches("data-rule=\"account_data\">(?:(?!</tr>)[\\s\\S])*data-due=\"now\">0<", held.Html);
        var refused = await officer.Browser.SubmitAsync("/console/retention", [Field("Category", "contact.email"), Field("Reason", " ")], "Hold");
        Assert.Contains("id=\"Reason-error\"", refused.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/console/recipients")]
    [InlineData("/console/retention")]
    [InlineData("/console/breaches")]
    [InlineData("/console/ropa")]
    [InlineData("/console/governance")]
    public async Task A_recruiter_may_not_open_the_governance_pages(string path)
    {
        await using var site = await StaffSite.StartAsync();
        var administrator = await site.SetUpAdministratorAsync();
        var recruiter = await site.JoinAsync(await StaffSite.InviteAsync(administrator, "hr@example.org", "recruiter"), "hr@example.org");

        Assert.Equal(HttpStatusCode.Forbidden, (await recruiter.Browser.GetAsync(path)).Status);
        Assert.DoesNotContain("/console/governance", (await recruiter.Browser.GetAsync("/console")).Html, StringComparison.Ordinal);
    }
}

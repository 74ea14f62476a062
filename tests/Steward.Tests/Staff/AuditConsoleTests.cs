using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Steward.Core.Gate;
using Steward.Core.Vault;
using Steward.Hosting;
using Steward.Tests.Audit;
using static Steward.Tests.Staff.ConsoleBrowser;

namespace Steward.Tests.Staff;

/// <summary>The auditor reads the audit log in the Console: newest first, filtered, paged, and checked on demand.</summary>
public sealed partial class AuditConsoleTests
{
    [Fact]
    public async Task An_auditor_reads_gate_decisions_newest_first_in_both_languages_and_filters_them()
    {
        await using var site = await StaffSite.StartAsync(auditLog: true);
        var administrator = await site.SetUpAdministratorAsync();
        var auditor = await site.JoinAsync(await StaffSite.InviteAsync(administrator, "auditor@example.org", "auditor"), "auditor@example.org");
        var (subject, other) = await DecideAsync(site);

        var page = await auditor.Browser.GetAsync("/console/audit");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("<h1>Audit log</h1>", page.Html);
        Assert.Contains("href=\"/console/audit?lang=en\"", page.Html); // in the Console's navigation
        var indexes = Indexes(page);
        Assert.Equal(indexes.OrderDescending(), indexes);
        Assert.Contains("data-decision=\"allowed\">Allowed<", page.Html);
        Assert.Contains("data-decision=\"denied\">Denied<", page.Html);
        Assert.Contains($"<code>{subject:D}</code>", page.Html);
        Assert.Contains("<code>customer_service</code>", page.Html);
        Assert.DoesNotContain("<script", page.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("style=", page.Html, StringComparison.OrdinalIgnoreCase);

        var chinese = await auditor.Browser.GetAsync("/console/audit?lang=zh-CN");
        Assert.Contains("<h1>审计日志</h1>", chinese.Html);
        Assert.Contains("data-decision=\"allowed\">允许<", chinese.Html);
        Assert.Contains("data-decision=\"denied\">拒绝<", chinese.Html);
        Assert.Equal(indexes, Indexes(chinese));

        var gate = await auditor.Browser.GetAsync("/console/audit?action=gate.&lang=en");
        Assert.NotEmpty(Indexes(gate));
        Assert.All(Actions(gate), a => Assert.Equal("gate.decision", a));
        var denied = await auditor.Browser.GetAsync("/console/audit?decision=denied");
        Assert.Equal(2, Indexes(denied).Count); // the recruiter's two refusals
        Assert.DoesNotContain("data-decision=\"allowed\"", denied.Html);
        var aboutOther = await auditor.Browser.GetAsync($"/console/audit?subject={other:D}&action=gate.");
        Assert.Single(Indexes(aboutOther));
        Assert.DoesNotContain(subject.ToString("D"), aboutOther.Html);

        var bad = await auditor.Browser.GetAsync("/console/audit?subject=not-a-subject");
        Assert.Equal(HttpStatusCode.OK, bad.Status);
        Assert.Contains("That is not a subject id.", bad.Html);
        Assert.Empty(Indexes(bad));
        Assert.Contains("这不是有效的主体标识符", (await auditor.Browser.GetAsync("/console/audit?subject=x&lang=zh-CN")).Html);
        Assert.Contains("Choose allowed, denied or any decision.", (await auditor.Browser.GetAsync("/console/audit?decision=maybe")).Html);
    }

    [Fact]
    public async Task Fifty_entries_to_a_page_with_older_and_newer_links()
    {
        await using var site = await StaffSite.StartAsync(auditLog: true);
        var administrator = await site.SetUpAdministratorAsync();
        var officer = await site.JoinAsync(await StaffSite.InviteAsync(administrator, "dpo@example.org", "privacy_officer"), "dpo@example.org");
        for (var i = 0; i < 60; i++) await DecideAsync(site);

        var newest = await officer.Browser.GetAsync("/console/audit?action=gate.");
        Assert.Equal(50, Indexes(newest).Count);
        Assert.DoesNotContain("id=\"newer\"", newest.Html);
        var older = await officer.Browser.GetAsync(Link(newest, "older"));
        Assert.Equal(50, Indexes(older).Count);
        Assert.True(Indexes(older)[0] < Indexes(newest)[^1]);
        Assert.All(Actions(older), a => Assert.Equal("gate.decision", a)); // the filter goes along
        var back = await officer.Browser.GetAsync(Link(older, "newer"));
        Assert.Equal(Indexes(newest), Indexes(back));
    }

    [Fact]
    public async Task A_recruiter_may_not_read_the_log_nor_see_it_in_the_navigation()
    {
        await using var site = await StaffSite.StartAsync(auditLog: true);
        var administrator = await site.SetUpAdministratorAsync();
        var recruiter = await site.JoinAsync(await StaffSite.InviteAsync(administrator, "recruiter@example.org", "recruiter"), "recruiter@example.org");

        Assert.DoesNotContain("/console/audit", recruiter.LastPage.Html);
        Assert.DoesNotContain("/console/audit", (await administrator.Browser.GetAsync("/console")).Html);
        foreach (var member in new[] { recruiter, administrator })
        {
            var forbidden = await member.Browser.GetAsync("/console/audit");
            Assert.Equal(HttpStatusCode.Forbidden, forbidden.Status);
            Assert.Contains("<h1>Not allowed</h1>", forbidden.Html);
        }
        var posted = await recruiter.Browser.PostAsync("/console/audit", [Field("__RequestVerificationToken", recruiter.LastPage.AntiforgeryToken())], handler: "Verify");
        Assert.Equal(HttpStatusCode.Forbidden, posted.Status);
    }

    [Fact]
    public async Task Verify_now_reports_the_count_records_itself_and_names_a_tampered_entry()
    {
        await using var site = await StaffSite.StartAsync(auditLog: true);
        var administrator = await site.SetUpAdministratorAsync();
        var auditor = await site.JoinAsync(await StaffSite.InviteAsync(administrator, "auditor@example.org", "auditor"), "auditor@example.org");
        await DecideAsync(site);
        var before = Indexes(await auditor.Browser.GetAsync("/console/audit"));

        var verified = await auditor.Browser.SubmitAsync("/console/audit", [], handler: "Verify");
        Assert.Equal(HttpStatusCode.OK, verified.Status);
        Assert.Equal($"The log verifies: {before[0] + 1} entries and 0 checkpoints checked.", verified.Element("verify-outcome"));
        var recorded = Indexes(verified)[0];
        Assert.Equal(before[0] + 1, recorded);
        Assert.Contains($"<tr data-index=\"{recorded}\" data-action=\"audit.verify\">", verified.Html);

        var tampered = Indexes(await auditor.Browser.GetAsync("/console/audit?decision=denied"))[^1];
        await Tampering.FlipAsync(site.Server.Services.GetRequiredService<IOptions<StewardOptions>>().Value, "audit_entries", "Reason", "Index", tampered);
        var failed = await auditor.Browser.SubmitAsync("/console/audit?lang=zh-CN", [], handler: "Verify");
        Assert.Equal($"日志验证未通过：第 {tampered} 条记录有误（其哈希与内容不符）；此前的内容均已核实。", failed.Element("verify-outcome"));
        Assert.Contains($"data-failed-index=\"{tampered}\"", failed.Html);
        Assert.Contains($"failed at entry {tampered}: its leaf hash does not match its fields", failed.Html); // the check is in the log too
    }

    [Fact]
    public async Task The_latest_signed_checkpoint_is_shown_with_its_root()
    {
        await using var site = await StaffSite.StartAsync(auditLog: true);
        var administrator = await site.SetUpAdministratorAsync();
        var auditor = await site.JoinAsync(await StaffSite.InviteAsync(administrator, "auditor@example.org", "auditor"), "auditor@example.org");
        Assert.Contains("No checkpoint has been signed yet.", (await auditor.Browser.GetAsync("/console/audit")).Html);

        var checkpoint = await site.Server.Services.GetRequiredService<Steward.Core.Audit.AuditLog>().CheckpointAsync();
        var page = await auditor.Browser.GetAsync("/console/audit");
        Assert.Equal(checkpoint!.TreeSize.ToString(System.Globalization.CultureInfo.InvariantCulture), page.Element("checkpoint-size"));
        Assert.Equal(Convert.ToHexStringLower(checkpoint.RootHash), page.Element("checkpoint-root"));
        Assert.EndsWith(" UTC", page.Element("checkpoint-time"));
    }

    /// <summary>Two subjects; support reads each (allowed), a recruiter tries the first twice (denied), through the gate.</summary>
    private static async Task<(Guid Subject, Guid Other)> DecideAsync(StaffSite site)
    {
        await using var scope = site.Server.Services.CreateAsyncScope();
        var vault = scope.ServiceProvider.GetRequiredService<VaultWriter>();
        var gate = scope.ServiceProvider.GetRequiredService<GateService>();
        var registration = ActorRef.Steward("registration");
        var subject = await vault.CreateSubjectAsync("account_holder", [new VaultValue("contact.email", "li.lei@example.com")], registration);
        var other = await vault.CreateSubjectAsync("account_holder", [new VaultValue("contact.email", "han.meimei@example.com")], registration);
        var support = ActorRef.Staff("agent-1", "support");
        var recruiter = ActorRef.Staff("r-1", "recruiter");
        await gate.DecideAsync(new DecisionRequest(support, subject, ["contact.email"], "customer_service"));
        await gate.DecideAsync(new DecisionRequest(support, other, ["contact.email"], "customer_service"));
        await gate.DecideAsync(new DecisionRequest(recruiter, subject, ["contact.email"], "customer_service"));
        await gate.DecideAsync(new DecisionRequest(recruiter, subject, ["contact.email"], "customer_service"));
        return (subject, other);
    }

    private static List<long> Indexes(Page page) => [.. RowIndex().Matches(page.Html).Select(m => long.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))];

    private static List<string> Actions(Page page) => [.. RowIndex().Matches(page.Html).Select(m => m.Groups[2].Value)];

    private static string Link(Page page, string id) =>
        WebUtility.HtmlDecode(new Regex($"id=\"{id}\" href=\"([^\"]+)\"").Match(page.Html).Groups[1].Value) is { Length: > 0 } link
            ? link
            : throw new InvalidOperationException($"No #{id} link on {page.Path}:\n{page.Html}");

    [GeneratedRegex("<tr data-index=\"(\\d+)\" data-action=\"([^\"]+)\">")]
    private static partial Regex RowIndex();
}

using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Steward.Core.Gate;
using Steward.Core.Requests;
using Steward.Core.Storage;
using Steward.Core.Vault;
using Steward.Core.Webhooks;
using Steward.Tests.Infrastructure;
using Steward.Tests.Staff;
using static Steward.Tests.Staff.ConsoleBrowser;

namespace Steward.Tests.Requests;

/// <summary>The privacy team in the Console: requests that came by email or post, asking for a written
/// request, declining with a reason, answering a question, the queue with overdue cases first, and the
/// webhooks that failed for good.</summary>
public sealed class ConsoleRequestTests
{
    [Fact]
    public async Task A_request_by_email_is_entered_held_for_a_written_request_then_carried_out_and_each_step_told_to_the_person()
    {
        await using var smtp = SmtpTestServer.Start();
        await using var site = await StaffSite.StartAsync(smtp.Settings(), auditLog: true);
        var officer = await OfficerAsync(site);
        await AccountHolderAsync(site, "by.post@example.org");

        var entered = await officer.Browser.SubmitAsync("/console/requests/new",
            [Field("email", "by.post@example.org"), Field("kind", "access"), Field("channel", "Post"), Field("region", "eu"), Field("language", "en"), Field("details", "Please send me everything.")]);
        Assert.StartsWith("/console/requests/R-", entered.Path);
        var reference = entered.Path["/console/requests/".Length..];
        Assert.Contains("data-state=\"Open\"", entered.Html);
        Assert.Contains("Please send me everything.", entered.Html); // read from the vault, not a table
        Assert.Contains("you can complain to your national data protection authority", entered.Html); // the reply preview
        Assert.Contains("We will answer by", (await smtp.WaitForAsync("by.post@example.org", m => (m.Subject ?? "").Contains(reference, StringComparison.Ordinal))).TextBody);

        var held = await officer.Browser.SubmitAsync(entered.Path, [Field("proof", "written_request")], handler: "AskProof");
        Assert.Contains("data-state=\"AwaitingProof\"", held.Html);
        await smtp.WaitForAsync("by.post@example.org", m => (m.TextBody ?? "").Contains("your request in writing, signed", StringComparison.Ordinal));
        var proven = await officer.Browser.SubmitAsync(entered.Path, [], handler: "ProofReceived");
        Assert.Contains("data-state=\"Open\"", proven.Html);
        await officer.Browser.SubmitAsync(entered.Path, [], handler: "Start");

        var reply = await smtp.WaitForAsync("by.post@example.org", m => (m.TextBody ?? "").Contains("/privacy/requests/package/", StringComparison.Ordinal));
        Assert.Contains("Your copy of everything we hold about you is ready", reply.TextBody);
        // The reply goes out one step before the case is marked done: the worker finishes in the background.
        var page = await officer.Browser.GetAsync(entered.Path + "?lang=zh-CN");
        for (var tries = 0; tries < 100 && !page.Html.Contains("data-state=\"Completed\"", StringComparison.Ordinal); tries++)
        {
            await Task.Delay(100);
            page = await officer.Browser.GetAsync(entered.Path + "?lang=zh-CN");
        }
        Assert.Contains("data-state=\"Completed\"", page.Html);
        Assert.Contains("要求补充证明", page.Html);
        foreach (var action in new[] { "received", "proof_requested", "proof_received", "started", "applied", "replied", "completed" })
            Assert.Contains($"data-action=\"{action}\"", page.Html);
    }

    [Fact]
    public async Task A_declined_request_says_why_with_the_explanation_and_how_to_complain_and_a_question_gets_its_answer()
    {
        await using var smtp = SmtpTestServer.Start();
        await using var site = await StaffSite.StartAsync(smtp.Settings(), auditLog: true);
        var officer = await OfficerAsync(site);
        var subject = await AccountHolderAsync(site, "suspicious@example.org");

        var entered = await officer.Browser.SubmitAsync("/console/requests/new?lang=zh-CN",
            [Field("email", "suspicious@example.org"), Field("kind", "erasure"), Field("channel", "Email"), Field("region", "cn"), Field("language", "zh-CN")]);
        Assert.Contains("录入请求", (await officer.Browser.GetAsync("/console/requests/new?lang=zh-CN")).Html);
        var unexplained = await officer.Browser.SubmitAsync(entered.Path, [Field("reason", "Fraudulent"), Field("text", " ")], handler: "Decline");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unexplained.Status);
        Assert.Contains("data-state=\"Open\"", unexplained.Html);
        var declined = await officer.Browser.SubmitAsync(entered.Path, [Field("reason", "Fraudulent"), Field("text", "签名与档案不符。")], handler: "Decline");
        Assert.Contains("data-state=\"Declined\"", declined.Html);
        var reply = await smtp.WaitForAsync("suspicious@example.org", m => (m.TextBody ?? "").Contains("该请求看来并非由信息所涉及的本人提出", StringComparison.Ordinal));
        Assert.Contains("签名与档案不符。", reply.TextBody);
        Assert.Contains("国家互联网信息办公室", reply.TextBody);
        using (var scope = site.Server.Services.CreateScope())
            Assert.Single(await scope.ServiceProvider.GetRequiredService<VaultReader>().FindByEmailAsync("suspicious@example.org")); // nothing erased
        var again = await officer.Browser.GetAsync(entered.Path);
        Assert.DoesNotContain("decline-reason", again.Html); // a closed case offers no decline form any more ...
        var posted = await officer.Browser.PostAsync(entered.Path, [Field("reason", "Unfeasible"), Field("text", "x"), Field("__RequestVerificationToken", again.AntiforgeryToken())], handler: "Decline");
        Assert.Equal(HttpStatusCode.Conflict, posted.Status); // ... and refuses one posted anyway

        var question = await officer.Browser.SubmitAsync("/console/requests/new",
            [Field("email", "new.person@example.org"), Field("kind", "contact"), Field("channel", "Email"), Field("region", "eu"), Field("language", "en"), Field("details", "Who receives my data?")]);
        var answered = await officer.Browser.SubmitAsync(question.Path, [Field("text", "Only the recipients listed in our notice.")], handler: "Answer");
        Assert.Contains("data-state=\"Completed\"", answered.Html);
        Assert.Contains("Only the recipients listed in our notice.", (await smtp.WaitForAsync("new.person@example.org", m => (m.TextBody ?? "").Contains("Our answer", StringComparison.Ordinal))).TextBody);
        var center = await site.Server.Client.SendAsync(new HttpRequestMessage(HttpMethod.Get, $"/privacy/requests/{entered.Path["/console/requests/".Length..]}?lang=zh-CN")
        { Headers = { { "Cookie", PersonCookie.Header(site.Server, subject) } } });
        Assert.Contains("签名与档案不符。", await center.Content.ReadAsStringAsync()); // the Privacy Center shows the same reply
    }

    [Fact]
    public async Task The_queue_puts_overdue_cases_first_filters_them_and_is_closed_to_roles_that_do_not_handle_requests()
    {
        await using var site = await StaffSite.StartAsync(auditLog: true);
        var administrator = await site.SetUpAdministratorAsync();
        var officer = await site.JoinAsync(await StaffSite.InviteAsync(administrator, "dpo@example.org", "privacy_officer"), "dpo@example.org");
        var recruiter = await site.JoinAsync(await StaffSite.InviteAsync(administrator, "recruiter@example.org", "recruiter"), "recruiter@example.org");
        var subject = await AccountHolderAsync(site, "queue@example.org");
        string fresh, old, done;
        using (var scope = site.Server.Services.CreateScope())
        {
            var cases = scope.ServiceProvider.GetRequiredService<RequestCases>();
            fresh = (await cases.OpenAsync(new NewCase(RequestKind.Contact, RequestChannel.Email, subject, "eu", "en"), ActorRef.Steward("test"))).Reference;
            old = (await cases.OpenAsync(new NewCase(RequestKind.Erasure, RequestChannel.Post, subject, "eu", "en"), ActorRef.Steward("test"))).Reference;
            done = (await cases.OpenAsync(new NewCase(RequestKind.Contact, RequestChannel.Email, subject, "eu", "en"), ActorRef.Steward("test"))).Reference;
            var db = scope.ServiceProvider.GetRequiredService<StewardDb>();
            // Given a case received 40 days ago and one closed 45 days ago.
            var received = DateTimeOffset.UtcNow.AddDays(-40);
            await db.Set<RightsCase>().Where(c => c.Reference == old).ExecuteUpdateAsync(s => s.SetProperty(c => c.ReceivedAt, received).SetProperty(c => c.DueAt, received.AddDays(30)));
            await db.Set<RightsCase>().Where(c => c.Reference == done).ExecuteUpdateAsync(s => s.SetProperty(c => c.State, CaseState.Completed).SetProperty(c => c.DueAt, received.AddDays(-5)));
        }

        var queue = await officer.Browser.GetAsync("/console/requests");
        Assert.Contains("href=\"/console/requests?lang=en\"", queue.Html); // in the navigation
        Assert.Equal([old, fresh, done], References(queue));
        Assert.Contains($"data-reference=\"{old}\" data-overdue=\"true\"", queue.Html);
        Assert.Contains($"data-reference=\"{done}\" data-overdue=\"false\"", queue.Html);
        Assert.Equal([old], References(await officer.Browser.GetAsync("/console/requests?overdue=true")));
        Assert.Equal([fresh, done], References(await officer.Browser.GetAsync("/console/requests?kind=Contact")));
        Assert.Equal([done], References(await officer.Browser.GetAsync("/console/requests?state=Completed")));
        Assert.Contains("已逾期", (await officer.Browser.GetAsync("/console/requests?lang=zh-CN")).Html);

        await officer.Browser.SubmitAsync($"/console/requests/{fresh}", [], handler: "Assign");
        Assert.Equal([fresh], References(await officer.Browser.GetAsync("/console/requests?mine=true")));

        Assert.DoesNotContain("/console/requests", recruiter.LastPage.Html);
        Assert.Equal(HttpStatusCode.Forbidden, (await recruiter.Browser.GetAsync("/console/requests")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await recruiter.Browser.GetAsync($"/console/requests/{fresh}")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await administrator.Browser.GetAsync("/console/webhooks")).Status);
    }

    [Fact]
    public async Task An_endpoint_gets_its_secret_once_and_deliveries_that_failed_for_good_are_listed_and_can_be_sent_again()
    {
        await using var smtp = SmtpTestServer.Start();
        var settings = smtp.Settings();
        settings["Steward:Requests:WebhookRetryDelay"] = "00:00:00.020";
        settings["Steward:Requests:WebhookMaxAttempts"] = "3";
        await using var site = await StaffSite.StartAsync(settings, auditLog: true);
        await using var broken = await WebhookReceiver.StartAsync(failures: int.MaxValue);
        var officer = await OfficerAsync(site);
        var added = await officer.Browser.SubmitAsync("/console/webhooks", [Field("recipient", "email_delivery"), Field("url", broken.Address.AbsoluteUri)], handler: "Add");
        Assert.StartsWith("whsec_", added.Element("webhook-secret"));
        Assert.DoesNotContain("webhook-secret", (await officer.Browser.GetAsync("/console/webhooks")).Html);
        var bad = await officer.Browser.SubmitAsync("/console/webhooks", [Field("recipient", "email_delivery"), Field("url", "ftp://x")], handler: "Add");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.Status);
        Assert.Contains("id=\"url-error\"", bad.Html);

        var subject = await AccountHolderAsync(site, "gone@example.org");
        using (var scope = site.Server.Services.CreateScope())
            await scope.ServiceProvider.GetRequiredService<RequestCases>().OpenAsync(new NewCase(RequestKind.Erasure, RequestChannel.PrivacyCenter, subject, "eu", "en") { StartNow = true }, ActorRef.Subject(subject));
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (!(await officer.Browser.GetAsync("/console/webhooks")).Html.Contains("data-message=", StringComparison.Ordinal))
        {
            Assert.True(DateTime.UtcNow < deadline, "no delivery failed for good");
            await Task.Delay(100);
        }
        var failed = await officer.Browser.GetAsync("/console/webhooks");
        Assert.Contains("subject.erased", failed.Html);
        Assert.Contains("HTTP 500", failed.Html);
        Assert.Equal(3, broken.Calls.Count);
        var id = await WithDbAsync(site, db => db.Set<WebhookDelivery>().Select(d => d.Id).SingleAsync());
        var retried = await officer.Browser.PostAsync($"/console/webhooks?id={id}", [Field("__RequestVerificationToken", failed.AntiforgeryToken())], handler: "Retry");
        Assert.Equal(HttpStatusCode.OK, retried.Status);
        deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (broken.Calls.Count < 4)
        {
            Assert.True(DateTime.UtcNow < deadline, "the delivery was not sent again");
            await Task.Delay(50);
        }
    }

    private static async Task<StaffSite.Member> OfficerAsync(StaffSite site)
    {
        var administrator = await site.SetUpAdministratorAsync();
        return await site.JoinAsync(await StaffSite.InviteAsync(administrator, "dpo@example.org", "privacy_officer"), "dpo@example.org");
    }

    private static async Task<Guid> AccountHolderAsync(StaffSite site, string email)
    {
        using var scope = site.Server.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<VaultWriter>().CreateSubjectAsync("account_holder",
            [new VaultValue("contact.email", email), new VaultValue("identity.name", "Zhang San")], ActorRef.Steward("test"));
    }

    private static async Task<T> WithDbAsync<T>(StaffSite site, Func<StewardDb, Task<T>> read)
    {
        using var scope = site.Server.Services.CreateScope();
        return await read(scope.ServiceProvider.GetRequiredService<StewardDb>());
    }

    private static List<string> References(Page page) =>
        [.. System.Text.RegularExpressions.Regex.Matches(page.Html, "<tr data-reference=\"(R-[^\"]+)\"").Select(m => m.Groups[1].Value)];
}

using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Steward.Core.Gate;
using Steward.Core.Requests;
using Steward.Core.Vault;
using Steward.Core.Webhooks;
using static Steward.Tests.Staff.ConsoleBrowser;

namespace Steward.Tests.Requests;

/// <summary>Each kind of request carried out through the vault and the gate from the Privacy Center:
/// the outcome checked where it lands (the vault, the gate, the recipients' endpoints, the reply).</summary>
public sealed class FulfilmentTests
{
    // A poll far longer than any test: events go out because queuing them wakes the dispatcher, retries because they fall due.
    private static readonly Dictionary<string, string?> FastWebhooks = new()
    {
        ["Steward:Requests:WebhookRetryDelay"] = "00:00:00.050", ["Steward:Requests:WebhookPollInterval"] = "01:00:00",
    };

    [Fact]
    public async Task Erasure_shreds_the_subject_and_a_recipient_endpoint_failing_three_times_gets_the_signed_event_exactly_once()
    {
        await using var site = await RequestSite.StartAsync(FastWebhooks);
        await using var mailer = await WebhookReceiver.StartAsync(failures: 3);
        await using var analytics = await WebhookReceiver.StartAsync(failures: 0);
        var secret = await SubscribeAsync(site, "email_delivery", mailer.Address);
        await SubscribeAsync(site, "web_analytics", analytics.Address);
        var subject = await site.AccountHolderAsync("erase.me@example.org");

        var reference = await RequestAsync(site, subject, [Field("kind", "erasure"), Field("region", "eu")]);
        var done = await site.ClosedAsync(reference);
        Assert.Equal(CaseState.Completed, done.State);
        Assert.False(done.KeptUnderHold);

        using (var scope = site.Server.Services.CreateScope())
        {
            var reader = scope.ServiceProvider.GetRequiredService<VaultReader>();
            Assert.Empty(await reader.FindByEmailAsync("erase.me@example.org"));
            Assert.NotNull((await scope.ServiceProvider.GetRequiredService<Steward.Core.Storage.StewardDb>().Set<DataSubject>().SingleAsync(s => s.Id == subject)).ErasedAt);
        }
        var reply = await site.Smtp.WaitForAsync("erase.me@example.org", m => (m.Subject ?? "").Contains(reference, StringComparison.Ordinal));
        Assert.Contains("We deleted your personal information", reply.TextBody);
        Assert.Contains("you can complain to your national data protection authority", reply.TextBody);

        var accepted = await mailer.WaitForAcceptedAsync();
        await Task.Delay(500); // time for any stray repeat to show up
        Assert.Equal(4, mailer.Calls.Count); // three failures, then the one that was accepted
        Assert.Single(mailer.Accepted);
        Assert.All(mailer.Calls, c => Assert.Equal(accepted.Id, c.Id)); // one event, retried under one webhook-id
        Assert.True(WebhookSigner.Verify(secret, accepted.Id, long.Parse(accepted.Timestamp, System.Globalization.CultureInfo.InvariantCulture), accepted.Body, accepted.Signature));
        Assert.StartsWith("v1,", accepted.Signature, StringComparison.Ordinal);
        using var payload = JsonDocument.Parse(accepted.Body);
        Assert.Equal("subject.erased", payload.RootElement.GetProperty("type").GetString());
        Assert.Equal(subject, payload.RootElement.GetProperty("data").GetProperty("subject").GetGuid());
        Assert.DoesNotContain("erase.me", accepted.Body, StringComparison.Ordinal);
        Assert.Empty(analytics.Calls); // it never received contact data
        var delivery = await site.WithDbAsync(db => db.Set<WebhookDelivery>().AsNoTracking().SingleAsync());
        Assert.Equal(DeliveryState.Delivered, delivery.State);
        Assert.Equal(4, delivery.Attempts);
    }

    [Fact]
    public async Task An_event_another_node_put_in_the_outbox_is_sent_at_the_next_poll()
    {
        await using var site = await RequestSite.StartAsync(new Dictionary<string, string?> { ["Steward:Requests:WebhookPollInterval"] = "00:00:00.200" });
        await using var receiver = await WebhookReceiver.StartAsync(failures: 0);
        await SubscribeAsync(site, "email_delivery", receiver.Address);
        await site.WithDbAsync(async db =>
        {
            var subscription = await db.Set<WebhookSubscription>().SingleAsync();
            db.Add(new WebhookDelivery // written straight to the table, as another node's outbox would: nothing wakes this one
            {
                MessageId = "msg_from_another_node", SubscriptionId = subscription.Id, EventType = "subject.erased",
                Payload = "{\"type\":\"subject.erased\"}", State = DeliveryState.Pending, CreatedAt = DateTimeOffset.UtcNow, NextAttemptAt = DateTimeOffset.UtcNow,
            });
            return await db.SaveChangesAsync();
        });

        var call = await receiver.WaitForAcceptedAsync();
        Assert.Equal("msg_from_another_node", call.Id);
    }

    [Fact]
    public async Task A_legal_hold_keeps_the_data_and_the_reply_says_what_stays_and_why()
    {
        await using var site = await RequestSite.StartAsync();
        var subject = await site.AccountHolderAsync("held@example.org");
        using (var scope = site.Server.Services.CreateScope())
            await scope.ServiceProvider.GetRequiredService<SubjectControls>().PlaceLegalHoldAsync(ActorRef.Steward("test"), subject, "court order 2026-CV-118", null);

        var reference = await RequestAsync(site, subject, [Field("kind", "erasure"), Field("region", "cn")], "zh-CN");
        var done = await site.ClosedAsync(reference);
        Assert.True(done.KeptUnderHold);
        using (var scope = site.Server.Services.CreateScope())
            Assert.Single(await scope.ServiceProvider.GetRequiredService<VaultReader>().FindByEmailAsync("held@example.org"));
        var reply = await site.Smtp.WaitForAsync("held@example.org", m => (m.Subject ?? "").Contains(reference, StringComparison.Ordinal));
        Assert.Contains("法律保全义务要求我们保留您的信息（court order 2026-CV-118）", reply.TextBody);
        Assert.Contains("国家互联网信息办公室", reply.TextBody); // the authority of mainland China (P6.6)
        var page = await site.SignedIn(subject).GetAsync($"/privacy/requests/{reference}?lang=zh-CN");
        Assert.Contains("court order 2026-CV-118", page.Html);
    }

    [Fact]
    public async Task A_correction_changes_the_value_keeps_the_old_one_and_tells_recipients()
    {
        await using var site = await RequestSite.StartAsync(FastWebhooks);
        await using var hotline = await WebhookReceiver.StartAsync(failures: 0);
        await SubscribeAsync(site, "hotline_provider", hotline.Address);
        var subject = await site.AccountHolderAsync("fix@example.org", telephone: "+8613800138000");

        var reference = await RequestAsync(site, subject,
            [Field("kind", "correction"), Field("field", "contact.telephone"), Field("newValue", "+8613900139000"), Field("region", "cn")]);
        Assert.Equal(CaseState.Completed, (await site.ClosedAsync(reference)).State);
        using (var scope = site.Server.Services.CreateScope())
        {
            var reader = scope.ServiceProvider.GetRequiredService<VaultReader>();
            Assert.Single(await reader.FindByTelephoneAsync("+8613900139000"));
            Assert.Empty(await reader.FindByTelephoneAsync("+8613800138000"));
            var vault = scope.ServiceProvider.GetRequiredService<RequestVault>();
            Assert.Equal("+8613800138000", await vault.NoteAsync(subject, reference, "old"));
        }
        var call = await hotline.WaitForAcceptedAsync();
        Assert.Contains("\"subject.corrected\"", call.Body);
        var reply = await site.Smtp.WaitForAsync("fix@example.org", m => (m.Subject ?? "").Contains(reference, StringComparison.Ordinal));
        Assert.Contains("We corrected your information", reply.TextBody);
    }

    [Fact]
    public async Task A_restriction_and_a_withdrawal_turn_the_gate_at_once()
    {
        await using var site = await RequestSite.StartAsync();
        var subject = await site.AccountHolderAsync("limits@example.org");
        Assert.True(await AllowedAsync(site, subject, "customer_service"));
        Assert.True(await AllowedAsync(site, subject, "marketing.contact"));

        var restriction = await RequestAsync(site, subject, [Field("kind", "restriction"), Field("purpose", "customer_service"), Field("region", "eu")]);
        await site.ClosedAsync(restriction);
        Assert.False(await AllowedAsync(site, subject, "customer_service"));
        var withdrawal = await RequestAsync(site, subject, [Field("kind", "withdrawal"), Field("purpose", "marketing.contact"), Field("region", "eu")]);
        await site.ClosedAsync(withdrawal);
        Assert.False(await AllowedAsync(site, subject, "marketing.contact"));
        Assert.True(await AllowedAsync(site, subject, "account")); // other uses go on

        var reply = await site.Smtp.WaitForAsync("limits@example.org", m => (m.Subject ?? "").Contains(withdrawal, StringComparison.Ordinal));
        Assert.Contains("What we did before stays lawful", reply.TextBody);
    }

    [Fact]
    public async Task Deregistration_closes_the_account_and_deletes_the_data()
    {
        await using var site = await RequestSite.StartAsync();
        var subject = await site.AccountHolderAsync("leaving@example.org");
        var reference = await RequestAsync(site, subject, [Field("kind", "deregistration"), Field("region", "eu")]);
        Assert.Equal(CaseState.Completed, (await site.ClosedAsync(reference)).State);
        using var scope = site.Server.Services.CreateScope();
        Assert.Empty(await scope.ServiceProvider.GetRequiredService<VaultReader>().FindByEmailAsync("leaving@example.org"));
        var history = await scope.ServiceProvider.GetRequiredService<RequestCases>().HistoryAsync((await site.CaseAsync(reference)).Id);
        Assert.Equal(["received", "started", "planned", "replied", "applied", "notified", "completed"], history.Select(e => e.Action));
    }

    internal static async Task<string> SubscribeAsync(RequestSite site, string recipient, Uri url)
    {
        var secret = WebhookSigner.NewSecret();
        using var scope = site.Server.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Steward.Core.Storage.StewardDb>();
        db.Add(new WebhookSubscription { Recipient = recipient, Url = url.AbsoluteUri, Secret = secret, CreatedAt = DateTimeOffset.UtcNow });
        await db.SaveChangesAsync();
        return secret;
    }

    /// <summary>The signed-in person makes a request in the Privacy Center; gives its reference.</summary>
    internal static async Task<string> RequestAsync(RequestSite site, Guid subject, KeyValuePair<string, string>[] fields, string lang = "en")
    {
        using var person = site.SignedIn(subject);
        var page = await person.SubmitAsync($"/privacy/requests?lang={lang}", fields);
        Assert.True(page.Path.StartsWith("/privacy/requests/R-", StringComparison.Ordinal), page.Html);
        return RequestSite.ReferenceIn(page.Path);
    }

    private static async Task<bool> AllowedAsync(RequestSite site, Guid subject, string purpose)
    {
        var gate = site.Server.Services.GetRequiredService<GateService>();
        var outcome = await gate.DecideAsync(new DecisionRequest(ActorRef.Subject(subject), subject, ["contact.email"], purpose));
        return outcome.Decision.Allowed;
    }
}

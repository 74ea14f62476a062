using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MimeKit;
using Steward.Core.Consent;
using Steward.Core.Email;
using Steward.Core.Gate;
using Steward.Core.Marketing;
using Steward.Core.Storage;
using Steward.Core.Vault;
using Steward.Marketing;
using Steward.Tests.Infrastructure;

namespace Steward.Tests.Marketing;

/// <summary>Marketing email against a real SMTP server: consent and suppression decide who gets it,
/// RFC 8058 one-click unsubscribe with no cookie, tracking only with consent and never after
/// unsubscribing, and no duplicate after a crash in the middle of a campaign (P2.8, P3.3). Campaigns are
/// queued as the Console queues them and sent by the background sender.</summary>
public sealed partial class MarketingEmailTests
{
    private const string Topic = "marketing.interest_news";

    /// <summary>Hands messages to the real SMTP server, and once, after the given message, fails as a
    /// process that dies between sending and recording would.</summary>
    private sealed class CrashOnce(IEmailSender inner, int after) : IEmailSender
    {
        private int _sent;
        public bool Crashed { get; private set; }

        public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken = default)
        {
            await inner.SendAsync(message, cancellationToken);
            if (++_sent == after && !Crashed)
            {
                Crashed = true;
                throw new IOException("simulated crash after handing the message over");
            }
        }
    }

    private static async Task<Guid> SubjectAsync(StewardServer server, string email, params string[] consents)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var subject = await scope.ServiceProvider.GetRequiredService<VaultWriter>().CreateSubjectAsync("marketing_contact", [new VaultValue("contact.email", email)], ActorRef.Steward("newsletter"));
        foreach (var purpose in consents)
            await scope.ServiceProvider.GetRequiredService<SubjectControls>().RecordConsentAsync(ActorRef.Subject(subject), subject, purpose, ConsentStatus.Given, ConsentChannel.Form, new ConsentEvidence(CollectionPoint: "newsletter"));
        return subject;
    }

    private static async Task<long> CampaignAsync(StewardServer server, string link = "https://www.hirain.com/news/2026")
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<StewardDb>();
        var campaign = new Campaign { Topic = Topic, Language = "en", Subject = "Autumn news", Body = "What is new this autumn.", Link = link, CreatedBy = "m-1", CreatedAt = DateTimeOffset.UtcNow };
        db.Set<Campaign>().Add(campaign);
        await db.SaveChangesAsync();
        return campaign.Id;
    }

    /// <summary>Queues the campaign as the Console does and waits for the background sender to finish it.</summary>
    private static async Task<CampaignProgress> SendAsync(StewardServer server, long campaign)
    {
        await QueueAsync(server, campaign);
        return await FinishedAsync(server, campaign);
    }

    internal static async Task QueueAsync(StewardServer server, long campaign)
    {
        await using var scope = server.Services.CreateAsyncScope();
        Assert.True(await scope.ServiceProvider.GetRequiredService<CampaignDispatcher>().QueueAsync(campaign));
    }

    internal static async Task<CampaignProgress> FinishedAsync(StewardServer server, long campaign)
    {
        for (var attempt = 0; attempt < 600; attempt++)
        {
            await using (var scope = server.Services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<StewardDb>();
                if (await db.Set<Campaign>().AnyAsync(c => c.Id == campaign && c.FinishedAt != null))
                    return await scope.ServiceProvider.GetRequiredService<CampaignSender>().ProgressAsync(campaign);
            }
            await Task.Delay(50);
        }
        throw new TimeoutException($"campaign {campaign} was not finished");
    }

    private static async Task<CampaignDelivery> DeliveryAsync(StewardServer server, Guid subject)
    {
        await using var scope = server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<StewardDb>().Set<CampaignDelivery>().AsNoTracking().SingleAsync(d => d.SubjectId == subject);
    }

    private static string OneClickUrl(MimeMessage message) =>
        OneClick().Match(message.Headers["List-Unsubscribe"] ?? "").Groups[1].Value;

    [Fact]
    public async Task Only_people_with_a_live_consent_get_it_with_one_click_headers_a_visible_link_and_a_pixel_only_with_tracking_consent()
    {
        await using var smtp = SmtpTestServer.Start();
        await using var server = await StewardServer.StartAsync(settings: smtp.Settings());
        await SubjectAsync(server, "tracked@example.com", Topic, CampaignSender.TrackingPurpose);
        await SubjectAsync(server, "untracked@example.com", Topic);
        await SubjectAsync(server, "no-consent@example.com");
        var withdrawn = await SubjectAsync(server, "withdrawn@example.com", Topic);
        await using (var scope = server.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<SubjectControls>().WithdrawConsentAsync(ActorRef.Subject(withdrawn), withdrawn, Topic, ConsentChannel.Form);

        var progress = await SendAsync(server, await CampaignAsync(server));

        Assert.Equal((2, 2), (progress.Recipients, progress.Sent));
        Assert.Equal(["tracked@example.com", "untracked@example.com"], smtp.Messages.Select(m => m.To.Mailboxes.Single().Address).Order(StringComparer.Ordinal));
        var tracked = await smtp.WaitForAsync("tracked@example.com");
        var untracked = await smtp.WaitForAsync("untracked@example.com");
        foreach (var message in new[] { tracked, untracked })
        {
            Assert.Matches(@"^<http://127\.0\.0\.1:\d+/email/one-click/[A-Za-z0-9_-]{43}>, <mailto:privacy@steward\.test\?subject=unsubscribe%20[A-Za-z0-9_-]{43}>$", message.Headers["List-Unsubscribe"]);
            Assert.Equal("List-Unsubscribe=One-Click", message.Headers["List-Unsubscribe-Post"]);
            Assert.Matches(@"Unsubscribe: http://127\.0\.0\.1:\d+/email/unsubscribe/", message.TextBody);
            Assert.Contains(">Unsubscribe</a>", message.HtmlBody, StringComparison.Ordinal);
        }
        Assert.Contains("/email/open/", tracked.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("/email/click/", tracked.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("/email/open/", untracked.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("/email/click/", untracked.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("https://www.hirain.com/news/2026", untracked.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task One_click_unsubscribe_takes_a_post_without_cookie_or_sign_in_suppresses_at_once_and_stops_tracking()
    {
        await using var smtp = SmtpTestServer.Start();
        await using var server = await StewardServer.StartAsync(settings: smtp.Settings());
        var person = await SubjectAsync(server, "reader@example.com", Topic, CampaignSender.TrackingPurpose);
        await SendAsync(server, await CampaignAsync(server));
        var message = await smtp.WaitForAsync("reader@example.com");
        var pixel = Pixel().Match(message.HtmlBody ?? "").Groups[1].Value;
        var click = Click().Match(message.HtmlBody ?? "").Groups[1].Value;
        using var mailClient = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false });

        Assert.Equal(HttpStatusCode.OK, (await mailClient.GetAsync(pixel)).StatusCode);
        Assert.NotNull((await DeliveryAsync(server, person)).OpenedAt);
        var scanned = await mailClient.GetAsync(OneClickUrl(message));
        Assert.Equal(HttpStatusCode.Redirect, scanned.StatusCode);
        Assert.Equal(ConsentStatus.Given, (await HistoryAsync(server, person)).Last(r => r.Purpose == Topic).Status);

        var answer = await mailClient.PostAsync(OneClickUrl(message), new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]));

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var history = await HistoryAsync(server, person);
        Assert.Equal((ConsentStatus.Withdrawn, ConsentChannel.Email), (history.Last(r => r.Purpose == Topic).Status, history.Last(r => r.Purpose == Topic).Channel));
        Assert.Equal(ConsentStatus.Withdrawn, history.Last(r => r.Purpose == CampaignSender.TrackingPurpose).Status);
        var redirect = await mailClient.GetAsync(click);
        Assert.Equal("https://www.hirain.com/news/2026", redirect.Headers.Location!.ToString());
        Assert.Null((await DeliveryAsync(server, person)).ClickedAt);
        // The person gives consent to the topic again elsewhere; the suppression list still wins.
        await using (var scope = server.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<SubjectControls>().GiveConsentAsync(ActorRef.Subject(person), person, Topic, ConsentChannel.Form);
        var second = await SendAsync(server, await CampaignAsync(server));
        Assert.Equal(0, second.Sent);
        Assert.Single(smtp.Messages);
        Assert.Equal(HttpStatusCode.NotFound, (await mailClient.PostAsync(OneClickUrl(message).Replace("one-click/", "one-click/x", StringComparison.Ordinal), null)).StatusCode);
    }

    [Fact]
    public async Task A_crash_in_the_middle_of_a_campaign_sends_nobody_the_message_twice_when_sending_resumes()
    {
        await using var smtp = SmtpTestServer.Start();
        CrashOnce? crashing = null;
        await using var server = await StewardServer.StartAsync(settings: smtp.Settings(), services: s => s.AddSingleton<IEmailSender>(sp =>
            crashing = new CrashOnce(new SmtpEmailSender(sp.GetRequiredService<IOptions<EmailOptions>>().Value), after: 2)));
        var addresses = Enumerable.Range(1, 5).Select(i => $"reader{i}@example.com").ToList();
        foreach (var address in addresses) await SubjectAsync(server, address, Topic);
        var campaign = await CampaignAsync(server);

        await QueueAsync(server, campaign);
        for (var attempt = 0; attempt < 600 && crashing?.Crashed != true; attempt++) await Task.Delay(50);
        Assert.True(crashing!.Crashed);
        Assert.Equal(2, smtp.Messages.Count);
        var resumed = await SendAsync(server, campaign);

        Assert.Equal((5, 4, 0, 1), (resumed.Recipients, resumed.Sent, resumed.Pending, resumed.Uncertain));
        Assert.Equal(addresses, smtp.Messages.Select(m => m.To.Mailboxes.Single().Address).Order(StringComparer.Ordinal));
        Assert.Equal(0, (await SendAsync(server, campaign)).Pending);
        Assert.Equal(5, smtp.Messages.Count);
    }

    private static async Task<List<ConsentRecord>> HistoryAsync(StewardServer server, Guid subject)
    {
        await using var scope = server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ConsentReceipts>().HistoryAsync(subject);
    }

    [GeneratedRegex("<(http[^>]+/email/one-click/[^>]+)>")]
    private static partial Regex OneClick();

    [GeneratedRegex("<img src=\"([^\"]+/email/open/[^\"]+)\"")]
    private static partial Regex Pixel();

    [GeneratedRegex("href=\"([^\"]+/email/click/[^\"]+)\"")]
    private static partial Regex Click();
}

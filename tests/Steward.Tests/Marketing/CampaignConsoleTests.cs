using System.Globalization;
using System.Net;
using Steward.Core.Marketing;
using Steward.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using Steward.Core.Consent;
using Steward.Core.Gate;
using Steward.Core.Vault;
using Steward.Tests.Infrastructure;
using Steward.Tests.Staff;
using static Steward.Tests.Staff.ConsoleBrowser;

namespace Steward.Tests.Marketing;

/// <summary>The marketing role writes and sends a campaign in the Console and sees its progress; the
/// person unsubscribes from the message's visible link with one button and no sign-in (P2.8).</summary>
public sealed class CampaignConsoleTests
{
    [Fact]
    public async Task Marketing_writes_and_sends_a_campaign_sees_progress_and_the_reader_unsubscribes_from_the_visible_link()
    {
        await using var smtp = SmtpTestServer.Start();
        var settings = smtp.Settings();
        settings["Steward:Staff:SignInPermitLimit"] = "10000";
        await using var site = await StaffSite.StartAsync(settings);
        var server = site.Server;
        Guid reader, earlier;
        await using (var scope = server.Services.CreateAsyncScope())
        {
            reader = await scope.ServiceProvider.GetRequiredService<VaultWriter>().CreateSubjectAsync("marketing_contact", [new VaultValue("contact.email", "zhao.lei@example.com")], ActorRef.Steward("newsletter"));
            await scope.ServiceProvider.GetRequiredService<SubjectControls>().GiveConsentAsync(ActorRef.Subject(reader), reader, "marketing.interest_news", ConsentChannel.Form);
            earlier = await scope.ServiceProvider.GetRequiredService<VaultWriter>().CreateSubjectAsync("marketing_contact", [new VaultValue("contact.email", "qian.yu@example.com")], ActorRef.Steward("newsletter"));
            await scope.ServiceProvider.GetRequiredService<SubjectControls>().GiveConsentAsync(ActorRef.Subject(earlier), earlier, "marketing.interest_news", ConsentChannel.Form);
        }
        var admin = await site.SetUpAdministratorAsync();
        var marketing = await site.JoinAsync(await StaffSite.InviteAsync(admin, "marketing@example.org", "marketing"), "marketing@example.org");
        var support = await site.JoinAsync(await StaffSite.InviteAsync(admin, "support@example.org", "support"), "support@example.org");

        var invalid = await marketing.Browser.SubmitAsync("/console/campaigns?lang=zh-CN", [Field("Topic", "marketing.interest_news"), Field("Language", "zh-CN"), Field("Subject", ""), Field("Body", "x")], handler: "Create");
        Assert.Contains("请正确填写此项", invalid.Html, StringComparison.Ordinal);
        var created = await marketing.Browser.SubmitAsync("/console/campaigns", [Field("Topic", "marketing.interest_news"), Field("Language", "zh-CN"), Field("Subject", "秋季资讯"), Field("Body", "本季新闻。")], handler: "Create");
        Assert.Equal(HttpStatusCode.OK, created.Status);
        var id = System.Text.RegularExpressions.Regex.Match(created.Html, "data-campaign=\"(\\d+)\"").Groups[1].Value;
        // A node died while handing the message to one recipient to the mail server: claimed, never confirmed.
        await using (var scope = server.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<StewardDb>();
            db.Set<CampaignDelivery>().Add(new CampaignDelivery { CampaignId = long.Parse(id, CultureInfo.InvariantCulture), SubjectId = earlier, TokenHash = CampaignSender.HashOf("lost"), State = DeliveryState.Claimed, ClaimedAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
        }
        var queued = await marketing.Browser.PostAsync($"/console/campaigns?id={id}", [Field("__RequestVerificationToken", created.AntiforgeryToken())], handler: "Send");
        Assert.Equal(HttpStatusCode.OK, queued.Status);

        // The background sender sends it; refreshing the page shows it done.
        var message = await smtp.WaitForAsync("zhao.lei@example.com", timeout: TimeSpan.FromSeconds(30));
        var refreshed = queued;
        for (var attempt = 0; attempt < 200 && !refreshed.Html.Contains("data-status=\"finished\"", StringComparison.Ordinal); attempt++)
        {
            await Task.Delay(50);
            refreshed = await marketing.Browser.GetAsync("/console/campaigns?lang=zh-CN");
        }
        Assert.Contains($"data-campaign=\"{id}\" data-sent=\"1\" data-recipients=\"2\" data-interrupted=\"1\"", refreshed.Html, StringComparison.Ordinal);
        Assert.Contains("data-status=\"finished\"", refreshed.Html, StringComparison.Ordinal);
        Assert.Contains("无法确定邮件是否送达", refreshed.Element("interrupted-note"), StringComparison.Ordinal);
        Assert.DoesNotContain(smtp.Messages, m => m.To.Mailboxes.Any(b => b.Address == "qian.yu@example.com"));
        Assert.Equal(HttpStatusCode.Forbidden, (await support.Browser.GetAsync("/console/campaigns")).Status);
        Assert.Contains("退订", message.TextBody, StringComparison.Ordinal);
        var visible = new Uri(System.Text.RegularExpressions.Regex.Match(message.TextBody!, @"http://\S+/email/unsubscribe/\S+").Value);

        using var person = new ConsoleBrowser(server);
        var page = await person.GetAsync(visible.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        var token = visible.AbsolutePath.Split('/')[^1];
        var done = await person.PostAsync($"/email/one-click/{token}?lang=zh-CN", [Field("page", "1")]);
        Assert.True(done.Status == HttpStatusCode.OK, $"{done.Status} {done.Path} {done.Html}");
        Assert.Contains("您已退订", done.Element("unsubscribed"), StringComparison.Ordinal);
        await using (var scope = server.Services.CreateAsyncScope())
        {
            var history = await scope.ServiceProvider.GetRequiredService<ConsentReceipts>().HistoryAsync(reader);
            Assert.Equal(ConsentStatus.Withdrawn, history[^1].Status);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await person.GetAsync("/email/unsubscribe/not-a-token")).Status);
    }
}

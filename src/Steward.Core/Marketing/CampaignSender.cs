using System.Net;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using Steward.Core.Consent;
using Steward.Core.Email;
using Steward.Core.Gate;
using Steward.Core.Staff;
using Steward.Core.Storage;
using Steward.Core.Vault;

namespace Steward.Core.Marketing;

/// <summary>How far a campaign has got. <paramref name="Pending"/> counts the one being sent right now;
/// <paramref name="Uncertain"/> counts recipients whose sending was interrupted (see <see cref="DeliveryState.Interrupted"/>).</summary>
public sealed record CampaignProgress(int Recipients, int Sent, int Pending, int Uncertain, int Skipped);

/// <summary>Sends a campaign: lists the people with a live consent for its topic who are not suppressed,
/// then for each one claims the delivery row, asks the gate for the email address, sends, and marks it
/// sent. Sending again resumes where it stopped; nobody gets the message twice.</summary>
public sealed class CampaignSender(StewardDb db, GateService gate, VaultReader vault, EmailComposer composer, IEmailSender sender, EmailOptions email, TimeProvider time)
{
    public const string TrackingPurpose = "marketing.email_tracking";
    private static readonly ActorRef Actor = ActorRef.Steward("campaign");

    /// <summary>Adds a delivery row for every person who may receive the campaign now; returns how many are new.</summary>
    public async Task<int> PrepareAsync(long campaignId, CancellationToken ct = default)
    {
        var campaign = await db.Set<Campaign>().AsNoTracking().SingleAsync(c => c.Id == campaignId, ct);
        var records = await db.Set<ConsentRecord>().AsNoTracking()
            .Where(r => r.Purpose == campaign.Topic && r.SubjectId != Guid.Empty).OrderBy(r => r.Id).ToListAsync(ct);
        var consenting = records.GroupBy(r => r.SubjectId).Where(g => g.Last().Status == ConsentStatus.Given).Select(g => g.Key).ToHashSet();
        var suppressed = await db.Set<Suppression>().AsNoTracking().Select(s => s.SubjectId).ToListAsync(ct);
        var listed = await db.Set<CampaignDelivery>().AsNoTracking().Where(d => d.CampaignId == campaignId).Select(d => d.SubjectId).ToListAsync(ct);
        consenting.ExceptWith(suppressed);
        consenting.ExceptWith(listed);
        foreach (var subject in consenting)
        {
            db.Set<CampaignDelivery>().Add(new CampaignDelivery { CampaignId = campaignId, SubjectId = subject, TokenHash = HashOf(SecretToken.New()) });
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another node listed the same people at the same moment: its rows are there, ours are not needed.
            db.ChangeTracker.Clear();
            return 0;
        }
        return consenting.Count;
    }

    /// <summary>Sends to every pending recipient. <paramref name="links"/> makes absolute links to Steward's pages;
    /// <paramref name="stillOurs"/>, asked before each recipient, stops the run when it answers false (a lost lease).</summary>
    public async Task<CampaignProgress> SendAsync(long campaignId, Func<string, Uri> links, Func<CancellationToken, Task<bool>>? stillOurs = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(links);
        await PrepareAsync(campaignId, ct);
        var campaign = await db.Set<Campaign>().AsNoTracking().SingleAsync(c => c.Id == campaignId, ct);
        while (await db.Set<CampaignDelivery>().AsNoTracking()
                   .Where(d => d.CampaignId == campaignId && d.State == DeliveryState.Pending).OrderBy(d => d.Id).FirstOrDefaultAsync(ct) is { } next)
        {
            if (stillOurs is not null && !await stillOurs(ct)) break;
            await SendOneAsync(campaign, next, links, ct);
        }
        return await ProgressAsync(campaignId, ct);
    }

    /// <summary>Marks the campaign's claimed, unconfirmed recipients as interrupted. Only for the holder of the
    /// sending lease before it sends: no other sender can be in the middle of one then.</summary>
    public Task<int> MarkInterruptedAsync(long campaignId, CancellationToken ct = default) =>
        db.Set<CampaignDelivery>().Where(d => d.CampaignId == campaignId && d.State == DeliveryState.Claimed)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.State, DeliveryState.Interrupted), ct);

    public async Task<CampaignProgress> ProgressAsync(long campaignId, CancellationToken ct = default)
    {
        var states = await db.Set<CampaignDelivery>().AsNoTracking().Where(d => d.CampaignId == campaignId)
            .GroupBy(d => d.State).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        int Of(DeliveryState s) => states.GetValueOrDefault(s);
        return new CampaignProgress(states.Values.Sum(), Of(DeliveryState.Sent), Of(DeliveryState.Pending) + Of(DeliveryState.Claimed),
            Of(DeliveryState.Interrupted), Of(DeliveryState.Skipped));
    }

    public static string HashOf(string token) => Convert.ToHexStringLower(SecretToken.Hash(token));

    private async Task SendOneAsync(Campaign campaign, CampaignDelivery delivery, Func<string, Uri> links, CancellationToken ct)
    {
        // Asked again at the moment of sending: a consent withdrawn or an unsubscribe since the list was made wins.
        var suppressed = await db.Set<Suppression>().AnyAsync(s => s.SubjectId == delivery.SubjectId, ct);
        var allowed = suppressed ? null : await gate.DecideAsync(new DecisionRequest(Actor, delivery.SubjectId, ["contact.email"], campaign.Topic), ct);
        var tracked = allowed?.Grant is not null
            && (await gate.DecideAsync(new DecisionRequest(Actor, delivery.SubjectId, ["engagement"], TrackingPurpose), ct)).Decision.Allowed;
        var token = SecretToken.New();
        var now = time.GetUtcNow();
        var claimed = await db.Set<CampaignDelivery>()
            .Where(d => d.Id == delivery.Id && d.State == DeliveryState.Pending)
            .ExecuteUpdateAsync(s => s
                .SetProperty(d => d.State, allowed?.Grant is null ? DeliveryState.Skipped : DeliveryState.Claimed)
                .SetProperty(d => d.ClaimedAt, now)
                .SetProperty(d => d.TokenHash, HashOf(token))
                .SetProperty(d => d.Tracked, tracked), ct);
        if (claimed == 0 || allowed?.Grant is null) return; // another sender took it, or it may no longer be sent
        var values = await vault.ReadAsync(allowed.Grant, delivery.SubjectId, ["contact.email"], ct);
        var address = values.Count > 0 ? values[0].Value : null;
        if (address is null)
        {
            await MarkAsync(delivery.Id, DeliveryState.Skipped, ct);
            return;
        }
        await sender.SendAsync(Compose(campaign, address, token, tracked, links), ct);
        await MarkAsync(delivery.Id, DeliveryState.Sent, ct);
    }

    private Task<int> MarkAsync(long id, DeliveryState state, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        // A slow sender whose lease ran out may find its row marked interrupted by the next holder: it knows better.
        return db.Set<CampaignDelivery>().Where(d => d.Id == id && (d.State == DeliveryState.Claimed || d.State == DeliveryState.Interrupted))
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.State, state).SetProperty(d => d.SentAt, state == DeliveryState.Sent ? now : null), ct);
    }

    /// <summary>The message with RFC 8058 one-click unsubscribe (https and mailto), a visible unsubscribe
    /// link, and, only with tracking consent, the open pixel and the click-through link (P2.8, P3.3).</summary>
    private MimeMessage Compose(Campaign campaign, string address, string token, bool tracked, Func<string, Uri> links)
    {
        var words = MarketingText.For(campaign.Language);
        var oneClick = links($"/email/one-click/{token}");
        var unsubscribePage = links($"/email/unsubscribe/{token}?lang={campaign.Language}");
        var link = campaign.Link is null ? null : tracked ? links($"/email/click/{token}").ToString() : campaign.Link;
        var text = campaign.Body + (link is null ? "" : $"\n\n{link}") + $"\n\n--\n{words.Unsubscribe}: {unsubscribePage}\n";
        var html = $"<p>{WebUtility.HtmlEncode(campaign.Body).Replace("\n", "<br>", StringComparison.Ordinal)}</p>"
            + (link is null ? "" : $"<p><a href=\"{WebUtility.HtmlEncode(link)}\">{WebUtility.HtmlEncode(link)}</a></p>")
            + $"<hr><p><a href=\"{WebUtility.HtmlEncode(unsubscribePage.ToString())}\">{words.Unsubscribe}</a></p>"
            + (tracked ? $"<img src=\"{WebUtility.HtmlEncode(links($"/email/open/{token}").ToString())}\" width=\"1\" height=\"1\" alt=\"\">" : "");
        var message = composer.Compose(address, campaign.Subject, text, html, campaign.Language);
        message.Headers.Add("List-Unsubscribe", $"<{oneClick}>, <mailto:{email.From}?subject=unsubscribe%20{token}>");
        message.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        return message;
    }
}

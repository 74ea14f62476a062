using Microsoft.EntityFrameworkCore;
using Steward.Core.Consent;
using Steward.Core.Gate;
using Steward.Core.Storage;

namespace Steward.Core.Marketing;

/// <summary>One-click unsubscribe and the tracking that stops with it: the token in a message finds its
/// delivery; unsubscribing suppresses the person and withdraws the campaign's topic and email tracking
/// at once (P2.8, P3.3, P6.5).</summary>
public sealed class Unsubscriber(StewardDb db, SubjectControls controls, SubjectStateStore states, CompiledPolicy policy, TimeProvider time)
{
    public Task<CampaignDelivery?> FindAsync(string token, CancellationToken ct = default)
    {
        var hash = CampaignSender.HashOf(token);
        return db.Set<CampaignDelivery>().AsNoTracking().FirstOrDefaultAsync(d => d.TokenHash == hash && d.State != DeliveryState.Pending, ct);
    }

    /// <returns>False when the token matches no message sent.</returns>
    public async Task<bool> UnsubscribeAsync(string token, CancellationToken ct = default)
    {
        if (await FindAsync(token, ct) is not { } delivery) return false;
        if (!await db.Set<Suppression>().AnyAsync(s => s.SubjectId == delivery.SubjectId, ct))
        {
            db.Set<Suppression>().Add(new Suppression { SubjectId = delivery.SubjectId, Since = time.GetUtcNow(), Reason = "one_click" });
            await db.SaveChangesAsync(ct);
        }
        var topic = await db.Set<Campaign>().Where(c => c.Id == delivery.CampaignId).Select(c => c.Topic).SingleAsync(ct);
        var actor = ActorRef.Subject(delivery.SubjectId);
        foreach (var purpose in new[] { topic, CampaignSender.TrackingPurpose })
        {
            if (Consented(delivery.SubjectId, purpose))
                await controls.RecordConsentAsync(actor, delivery.SubjectId, purpose, ConsentStatus.Withdrawn, ConsentChannel.Email, new ConsentEvidence(CollectionPoint: "one_click_unsubscribe"), ct);
        }
        return true;
    }

    /// <summary>Records an open or a click only while the person is subscribed and consents to tracking.</summary>
    public async Task<CampaignDelivery?> TrackAsync(string token, bool click, CancellationToken ct = default)
    {
        if (await FindAsync(token, ct) is not { } delivery) return null;
        var mayTrack = delivery.Tracked && Consented(delivery.SubjectId, CampaignSender.TrackingPurpose)
            && !await db.Set<Suppression>().AnyAsync(s => s.SubjectId == delivery.SubjectId, ct);
        if (mayTrack)
        {
            var now = time.GetUtcNow();
            var row = db.Set<CampaignDelivery>().Where(d => d.Id == delivery.Id);
            if (click) await row.Where(d => d.ClickedAt == null).ExecuteUpdateAsync(s => s.SetProperty(d => d.ClickedAt, now), ct);
            else await row.Where(d => d.OpenedAt == null).ExecuteUpdateAsync(s => s.SetProperty(d => d.OpenedAt, now), ct);
        }
        return delivery;
    }

    private bool Consented(Guid subject, string purpose) =>
        states.Find(subject) is { } state && policy.PurposeIndex(purpose) is var i and >= 0 && state.Consented.Contains(i);
}

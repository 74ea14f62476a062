using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Steward.Core.Catalogue;
using Steward.Core.Storage;

namespace Steward.Core.Webhooks;

/// <summary>Puts events in the outbox for every active subscription of a recipient that may have
/// received the categories concerned, and wakes this process's dispatcher. Running it again for the
/// same case adds nothing.</summary>
public sealed class WebhookOutbox(StewardDb db, LoadedCatalogue catalogue, TimeProvider clock, WebhookSignal? signal = null)
{
    public async Task<int> EnqueueAsync(Guid caseId, string eventType, object data, IReadOnlyCollection<string> categories, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(categories);
        var recipients = catalogue.Policy.Recipients
            .Where(r => r.Categories.Any(rc => categories.Any(c => Overlap(rc, c)))).Select(r => r.Id).ToList();
        return await EnqueueAsync(caseId, eventType, data, recipients, ct);
    }

    /// <summary>The event for one recipient's active subscriptions only (a migration goes to the service the person chose).</summary>
    public Task<int> EnqueueForAsync(Guid caseId, string eventType, object data, string recipient, CancellationToken ct = default) =>
        EnqueueAsync(caseId, eventType, data, [recipient], ct);

    /// <summary>Whether the recipient has registered an endpoint that is active.</summary>
    public Task<bool> HasEndpointAsync(string recipient, CancellationToken ct = default) =>
        db.Set<WebhookSubscription>().AnyAsync(s => s.Active && s.Recipient == recipient, ct);

    private async Task<int> EnqueueAsync(Guid caseId, string eventType, object data, List<string> recipients, CancellationToken ct)
    {
        if (recipients.Count == 0) return 0;
        var subscriptions = await db.Set<WebhookSubscription>().AsNoTracking()
            .Where(s => s.Active && recipients.Contains(s.Recipient)).Select(s => s.Id).ToListAsync(ct);
        var already = await db.Set<WebhookDelivery>().AsNoTracking()
            .Where(d => d.CaseId == caseId && d.EventType == eventType).Select(d => d.SubscriptionId).ToListAsync(ct);
        var now = clock.GetUtcNow();
        var added = 0;
        foreach (var subscription in subscriptions.Except(already))
        {
            var messageId = "msg_" + Guid.NewGuid().ToString("n");
            db.Add(new WebhookDelivery
            {
                MessageId = messageId, SubscriptionId = subscription, CaseId = caseId, EventType = eventType,
                Payload = JsonSerializer.Serialize(new { type = eventType, timestamp = now, data }),
                State = DeliveryState.Pending, CreatedAt = now, NextAttemptAt = now,
            });
            added++;
        }
        await db.SaveChangesAsync(ct);
        if (added > 0) signal?.Wake();
        return added;
    }

    private static bool Overlap(string a, string b) =>
        a == b || a.StartsWith(b + ".", StringComparison.Ordinal) || b.StartsWith(a + ".", StringComparison.Ordinal);
}

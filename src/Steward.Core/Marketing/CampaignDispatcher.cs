using Microsoft.EntityFrameworkCore;
using Steward.Core.Retention;
using Steward.Core.Storage;

namespace Steward.Core.Marketing;

/// <summary>Queues campaigns for the background sender, and runs the sender under a lease in the database
/// so that several Steward nodes sharing one database never send at the same time.</summary>
public sealed class CampaignDispatcher(StewardDb db, CampaignSender sender, DatabaseLease lease, CampaignSignal signal, TimeProvider time)
{
    public const string LeaseName = "marketing.campaigns";

    /// <summary>Asks for the campaign to be sent (again: people who consented since are added); false when there is no such campaign.</summary>
    public async Task<bool> QueueAsync(long campaignId, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var rows = await db.Set<Campaign>().Where(c => c.Id == campaignId)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.QueuedAt, now).SetProperty(c => c.FinishedAt, (DateTimeOffset?)null), ct);
        if (rows == 1) signal.Wake();
        return rows == 1;
    }

    /// <summary>Sends every queued, unfinished campaign if this node gets the lease; returns how many it finished.</summary>
    public async Task<int> RunAsync(string holder, TimeSpan leaseFor, Func<string, Uri> links, CancellationToken ct = default)
    {
        if (!await Unfinished().AnyAsync(ct) || !await lease.TryAcquireAsync(LeaseName, holder, leaseFor, ct)) return 0;
        try
        {
            var finished = 0;
            while (await Unfinished().OrderBy(c => c.QueuedAt).Select(c => new { c.Id, c.QueuedAt }).FirstOrDefaultAsync(ct) is { } next)
            {
                await sender.MarkInterruptedAsync(next.Id, ct);
                var progress = await sender.SendAsync(next.Id, links, token => lease.RenewAsync(LeaseName, holder, leaseFor, token), ct);
                if (progress.Pending > 0) break; // the lease went to another node, which goes on from here
                var now = time.GetUtcNow();
                // Finished only if nobody queued it again meanwhile (a new queueing adds people who consented since).
                finished += await db.Set<Campaign>().Where(c => c.Id == next.Id && c.QueuedAt == next.QueuedAt)
                    .ExecuteUpdateAsync(s => s.SetProperty(c => c.FinishedAt, now), ct);
            }
            return finished;
        }
        finally
        {
            await lease.ReleaseAsync(LeaseName, holder, CancellationToken.None);
        }
    }

    private IQueryable<Campaign> Unfinished() => db.Set<Campaign>().AsNoTracking().Where(c => c.QueuedAt != null && c.FinishedAt == null);
}

using Microsoft.EntityFrameworkCore;
using Steward.Core.Storage;

namespace Steward.Core.Retention;

/// <summary>A lease in the database, so that one node at a time runs a piece of scheduled work when
/// several share one database. Taken when free, expired or already ours; renewed inside each unit of
/// work's own transaction, so a node that lost its lease cannot commit.</summary>
public sealed class DatabaseLease(StewardDb db, TimeProvider time)
{
    public async Task<bool> TryAcquireAsync(string name, string holder, TimeSpan duration, CancellationToken ct = default)
    {
        if (!await db.Set<WorkLease>().AnyAsync(l => l.Name == name, ct))
        {
            try
            {
                db.Set<WorkLease>().Add(new WorkLease { Name = name, Holder = null, ExpiresAt = DateTimeOffset.UnixEpoch });
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // Another node created the row first: fine, it is there.
            }
            db.ChangeTracker.Clear();
        }
        return await RenewAsync(name, holder, duration, ct);
    }

    /// <summary>Extends the lease if it is free, expired or ours; false when another holds it.</summary>
    public async Task<bool> RenewAsync(string name, string holder, TimeSpan duration, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var until = now + duration;
        var rows = await db.Set<WorkLease>()
            .Where(l => l.Name == name && (l.Holder == null || l.Holder == holder || l.ExpiresAt < now))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, holder).SetProperty(l => l.ExpiresAt, until), ct);
        return rows == 1;
    }

    public Task ReleaseAsync(string name, string holder, CancellationToken ct = default) =>
        db.Set<WorkLease>().Where(l => l.Name == name && l.Holder == holder)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, (string?)null), ct);
}

using Microsoft.EntityFrameworkCore;
using Steward.Core.Audit;
using Steward.Core.Catalogue;
using Steward.Core.Catalogue.Model;
using Steward.Core.Storage;

namespace Steward.Core.Retention;

/// <summary>What starts and stops retention clocks: events about subjects (recorded by the features
/// that see them happen) and legal holds on whole categories.</summary>
public sealed class RetentionRecords(StewardDb db, LoadedCatalogue catalogue, IAuditTrail audit, TimeProvider time)
{
    /// <summary>Records that <paramref name="what"/> happened to a subject now (or at <paramref name="at"/>).
    /// Last activity replaces the subject's earlier one for the same purpose: a period runs from the
    /// latest activity, and an old one left behind would start it too early.</summary>
    public async Task RecordEventAsync(Guid subjectId, RetentionEvent what, string? purpose = null, DateTimeOffset? at = null, CancellationToken ct = default)
    {
        await RecordEventsAsync([subjectId], what, purpose, at, ct);
    }

    /// <summary>The same event for several subjects in one save (a posting closed for all its applicants).</summary>
    public async Task RecordEventsAsync(IReadOnlyCollection<Guid> subjectIds, RetentionEvent what, string? purpose = null, DateTimeOffset? at = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(subjectIds);
        if (subjectIds.Count == 0) return;
        if (what == RetentionEvent.LastActivity)
            await db.Set<SubjectEvent>().Where(e => subjectIds.Contains(e.SubjectId) && e.Event == what && e.Purpose == purpose).ExecuteDeleteAsync(ct);
        var when = at ?? time.GetUtcNow();
        foreach (var id in subjectIds)
            db.Set<SubjectEvent>().Add(new SubjectEvent { SubjectId = id, Event = what, Purpose = purpose, At = when });
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    public async Task<long> HoldCategoryAsync(string actor, string category, string reason, DateTimeOffset? until, CancellationToken ct = default)
    {
        if (!catalogue.Policy.Categories.Exists(c => c.Id == category)) throw new ArgumentException($"unknown category '{category}'", nameof(category));
        if (string.IsNullOrWhiteSpace(reason)) throw new ArgumentException("a legal hold needs a reason", nameof(reason));
        var hold = new CategoryHold { Category = category, Reason = reason.Trim(), PlacedAt = time.GetUtcNow(), Until = until };
        db.Set<CategoryHold>().Add(hold);
        await db.SaveChangesAsync(ct);
        await audit.AppendAsync(new AuditRecord(actor, "retention.hold", null, null, "placed", $"{category}: {hold.Reason}"), ct);
        return hold.Id;
    }

    public async Task ReleaseCategoryHoldAsync(string actor, long holdId, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var rows = await db.Set<CategoryHold>().Where(h => h.Id == holdId && h.ReleasedAt == null).ExecuteUpdateAsync(s => s.SetProperty(h => h.ReleasedAt, now), ct);
        if (rows == 1) await audit.AppendAsync(new AuditRecord(actor, "retention.hold", null, null, "released", holdId.ToString(System.Globalization.CultureInfo.InvariantCulture)), ct);
    }

    public Task<List<CategoryHold>> ActiveCategoryHoldsAsync(CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        return db.Set<CategoryHold>().AsNoTracking().Where(h => h.ReleasedAt == null && (h.Until == null || h.Until > now)).OrderBy(h => h.Id).ToListAsync(ct);
    }
}

using Microsoft.EntityFrameworkCore;
using Steward.Core.Catalogue.Model;
using Steward.Core.Gate;
using Steward.Core.Storage;
using Steward.Core.Vault;

namespace Steward.Core.Retention;

/// <summary>The subjects a rule has something to erase from, as a query: their event is older than
/// the rule's period, they are of a kind it covers, not erased, not under a legal hold, not already
/// swept by this rule, and still hold a field of a covered category that no category hold keeps.</summary>
internal static class RetentionCandidates
{
    public static IQueryable<Guid> Query(StewardDb db, RetentionPlan plan, IReadOnlyList<string> categories, DateTimeOffset cutoff, DateTimeOffset now)
    {
        var kinds = plan.Kinds;
        var ruleId = plan.Rule.Id;
        IQueryable<Guid> expired;
        // A rule narrowed to purposes counts from an event recorded for one of them, never from
        // collection alone: without that marker nothing is erased.
        if (plan.Rule.From == RetentionEvent.Collection && plan.Rule.Purposes.Count == 0)
        {
            expired = db.Set<DataSubject>().Where(s => s.ErasedAt == null && s.CreatedAt <= cutoff && kinds.Contains(s.Kind)).Select(s => s.Id);
        }
        else
        {
            var ev = plan.Rule.From!.Value;
            var purposes = plan.Purposes;
            var events = db.Set<SubjectEvent>().Where(e => e.Event == ev && e.At <= cutoff);
            if (purposes.Count > 0) events = events.Where(e => e.Purpose != null && purposes.Contains(e.Purpose));
            // Driven from the events (indexed by event and time), not from every subject. No DISTINCT
            // here: it would make every batch read all candidates before its LIMIT; callers dedupe.
            expired = events.Join(db.Set<DataSubject>(), e => e.SubjectId, s => s.Id, (e, s) => s)
                .Where(s => s.ErasedAt == null && kinds.Contains(s.Kind))
                .Select(s => s.Id);
        }
        return expired
            .Where(id => !db.Set<LegalHold>().Any(h => h.SubjectId == id && h.ReleasedAt == null && (h.Until == null || h.Until > now)))
            .Where(id => !db.Set<RetentionErasure>().Any(x => x.SubjectId == id && x.Rule == ruleId))
            .Where(id => db.Set<VaultField>().Any(f => f.SubjectId == id && categories.Contains(f.Category)));
    }

    /// <summary>The rule's categories less those a category hold keeps now.</summary>
    public static async Task<List<string>> UnheldAsync(StewardDb db, RetentionPlan plan, DateTimeOffset now, CancellationToken ct)
    {
        var held = await db.Set<CategoryHold>().Where(h => h.ReleasedAt == null && (h.Until == null || h.Until > now))
            .Select(h => h.Category).ToListAsync(ct);
        return [.. plan.Categories.Where(c => !Sharing.SharingRules.Covers(held, c))];
    }
}

using Microsoft.EntityFrameworkCore;
using Steward.Core.Catalogue;
using Steward.Core.Storage;

namespace Steward.Core.Retention;

/// <summary>What each rule will erase within the coming days, as counts: due now (the next sweep),
/// and due later in the window. Holds are taken as they stand today.</summary>
public sealed class RetentionForecast(StewardDb db, LoadedCatalogue catalogue, TimeProvider time)
{
    public async Task<IReadOnlyList<RetentionDue>> NextAsync(int days = 30, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var result = new List<RetentionDue>();
        foreach (var plan in RetentionPlan.From(catalogue.Policy))
        {
            var categories = await RetentionCandidates.UnheldAsync(db, plan, now, ct);
            if (categories.Count == 0) { result.Add(new RetentionDue(plan, 0, 0)); continue; }
            var dueNow = await RetentionCandidates.Query(db, plan, categories, plan.Cutoff(now), now).Distinct().CountAsync(ct);
            var dueBy = await RetentionCandidates.Query(db, plan, categories, plan.Cutoff(now.AddDays(days)), now).Distinct().CountAsync(ct);
            result.Add(new RetentionDue(plan, dueNow, dueBy - dueNow));
        }
        return result;
    }
}

public sealed record RetentionDue(RetentionPlan Plan, int DueNow, int DueLater);

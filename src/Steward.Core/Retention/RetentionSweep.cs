using Microsoft.EntityFrameworkCore;
using Steward.Core.Audit;
using Steward.Core.Catalogue;
using Steward.Core.Gate;
using Steward.Core.Storage;
using Steward.Core.Vault;

namespace Steward.Core.Retention;

public sealed record RetentionRunOptions(bool DryRun = false, int BatchSize = 1000, string? Holder = null)
{
    public TimeSpan LeaseDuration { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>A wait after each committed batch (zero normally): lets a test kill a real sweep half-way.</summary>
    public TimeSpan PauseAfterBatch { get; init; } = TimeSpan.Zero;
}

/// <param name="Total">Subjects with something to erase when the run began.</param>
public readonly record struct RetentionProgress(int Done, int Total, string Rule);

/// <summary>The retention sweep (P5.3): for each catalogue rule, the subjects whose period has run
/// out lose the fields of the rule's categories; a subject left with no field is erased whole (its
/// data key destroyed). Candidates come in batches, never all loaded. Each batch is one transaction
/// that renews the database lease, purges, and writes a <see cref="RetentionErasure"/> per subject,
/// so several nodes never sweep at once and a sweep killed half-way erases nothing twice.</summary>
public sealed class RetentionSweep(StewardDb db, LoadedCatalogue catalogue, DatabaseLease lease, IAuditTrail audit, TimeProvider time,
    SubjectStateStore? states = null)
{
    public const string LeaseName = "retention.sweep";

    public async Task<RetentionReport> RunAsync(RetentionRunOptions options, Action<RetentionProgress>? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var holder = options.Holder ?? $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():n}";
        if (!options.DryRun && !await lease.TryAcquireAsync(LeaseName, holder, options.LeaseDuration, ct))
            return new RetentionReport(options.DryRun, [], RetentionOutcome.LeaseHeldElsewhere);

        var now = time.GetUtcNow();
        var plans = RetentionPlan.From(catalogue.Policy);
        var work = new List<(RetentionPlan Plan, List<string> Categories, int Count)>();
        foreach (var plan in plans)
        {
            var categories = await RetentionCandidates.UnheldAsync(db, plan, now, ct);
            // Counting walks every candidate once: done for a dry run or a progress bar only.
            var count = categories.Count == 0 ? 0
                : options.DryRun || progress is not null ? await RetentionCandidates.Query(db, plan, categories, plan.Cutoff(now), now).Distinct().CountAsync(ct)
                : int.MaxValue;
            work.Add((plan, categories, count));
        }
        var total = (int)Math.Min(int.MaxValue, work.Sum(w => (long)w.Count));
        if (options.DryRun)
            return new RetentionReport(true, [.. work.Select(w => new RetentionRuleReport(w.Plan.Rule.Id, w.Plan.Rule.Then, w.Count, 0, 0))], RetentionOutcome.Completed);

        var reports = new List<RetentionRuleReport>();
        var done = 0;
        var outcome = RetentionOutcome.Completed;
        await using var tuning = await SweepConnection.OpenAsync(db, ct);
        try
        {
            foreach (var (plan, categories, count) in work)
            {
                var report = new RetentionRuleReport(plan.Rule.Id, plan.Rule.Then, 0, 0, 0);
                while (count > 0 && outcome == RetentionOutcome.Completed)
                {
                    var batch = await EraseBatchAsync(plan, categories, now, holder, options, ct);
                    if (batch is null) { outcome = RetentionOutcome.LeaseLost; break; }
                    if (batch.Value.Subjects == 0) break;
                    report = report with
                    {
                        Subjects = report.Subjects + batch.Value.Subjects,
                        Fields = report.Fields + batch.Value.Fields,
                        Shredded = report.Shredded + batch.Value.Shredded,
                    };
                    done += batch.Value.Subjects;
                    progress?.Invoke(new RetentionProgress(done, Math.Max(total, done), plan.Rule.Id));
                    if (options.PauseAfterBatch > TimeSpan.Zero) await Task.Delay(options.PauseAfterBatch, time, ct);
                }
                reports.Add(report);
                if (outcome != RetentionOutcome.Completed) break;
            }
        }
        finally
        {
            if (outcome == RetentionOutcome.Completed) await lease.ReleaseAsync(LeaseName, holder, CancellationToken.None);
        }
        return new RetentionReport(false, reports, outcome);
    }

    /// <summary>One batch in one transaction; null when the lease was lost (nothing committed).</summary>
    private async Task<(int Subjects, int Fields, int Shredded)?> EraseBatchAsync(
        RetentionPlan plan, List<string> categories, DateTimeOffset now, string holder, RetentionRunOptions options, CancellationToken ct)
    {
        // The lease first, then the candidates, in one transaction: a node that waited on the lease
        // row sees what the node before it committed, and never erases the same subject again.
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (!await lease.RenewAsync(LeaseName, holder, options.LeaseDuration, ct)) return null;
        var ids = await RetentionCandidates.Query(db, plan, categories, plan.Cutoff(now), now).Take(options.BatchSize).ToListAsync(ct);
        ids = [.. ids.Distinct()];
        if (ids.Count == 0) return (0, 0, 0);

        await db.Set<VaultLookup>()
            .Where(l => EF.Parameter(ids).Contains(l.SubjectId) && db.Set<VaultField>().Any(f => f.Id == l.FieldId && categories.Contains(f.Category)))
            .ExecuteDeleteAsync(ct);
        var fields = await db.Set<VaultField>().Where(f => EF.Parameter(ids).Contains(f.SubjectId) && categories.Contains(f.Category)).ExecuteDeleteAsync(ct);

        var emptied = await db.Set<DataSubject>().Where(s => EF.Parameter(ids).Contains(s.Id) && !db.Set<VaultField>().Any(f => f.SubjectId == s.Id))
            .Select(s => s.Id).ToListAsync(ct);
        await ErasureRows.InsertAsync(db, ids, plan.Rule.Id, plan.Rule.Then, now, ct);
        if (emptied.Count > 0)
        {
            await db.Set<SubjectKey>().Where(k => EF.Parameter(emptied).Contains(k.SubjectId)).ExecuteDeleteAsync(ct);
            await db.Set<DataSubject>().Where(s => EF.Parameter(emptied).Contains(s.Id)).ExecuteUpdateAsync(s => s.SetProperty(x => x.ErasedAt, now), ct);
            // An erased subject's events start nothing any more; dropping them keeps later batches from
            // walking past them again.
            await db.Set<SubjectEvent>().Where(e => EF.Parameter(emptied).Contains(e.SubjectId)).ExecuteDeleteAsync(ct);
        }
        await tx.CommitAsync(ct);

        foreach (var id in emptied) states?.Forget(id);
        await audit.AppendAsync(new AuditRecord($"system:steward:retention", "retention.sweep", null, null, plan.Rule.Then.ToString().ToLowerInvariant(),
            $"rule {plan.Rule.Id}: {ids.Count} subjects, {fields} fields, {emptied.Count} erased whole"), ct);
        return (ids.Count, fields, emptied.Count);
    }
}

public enum RetentionOutcome { Completed, LeaseHeldElsewhere, LeaseLost }

public sealed record RetentionRuleReport(string Rule, Catalogue.Model.RetentionAction Action, int Subjects, int Fields, int Shredded);

public sealed record RetentionReport(bool DryRun, IReadOnlyList<RetentionRuleReport> Rules, RetentionOutcome Outcome)
{
    public int Subjects => Rules.Sum(r => r.Subjects);
}

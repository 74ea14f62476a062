using Steward.Core.Catalogue.Loading;
using Steward.Core.Catalogue.Model;
using Steward.Core.Sharing;

namespace Steward.Core.Retention;

/// <summary>A catalogue retention rule made ready for queries: its period, the leaf and parent
/// category ids it covers, and the subject kinds and purposes it is narrowed to.</summary>
public sealed record RetentionPlan(RetentionRule Rule, IsoPeriod Period, IReadOnlyList<string> Categories, IReadOnlyList<string> Kinds, IReadOnlyList<string> Purposes)
{
    public static IReadOnlyList<RetentionPlan> From(PolicyCatalogue catalogue) =>
        [.. catalogue.Retention.Select(r => new RetentionPlan(
            r,
            IsoPeriod.TryParse(r.Period, out var p) ? p : throw new InvalidOperationException($"retention rule '{r.Id}' has no valid period"),
            [.. catalogue.Categories.Select(c => c.Id).Where(c => SharingRules.Covers(r.Categories, c))],
            r.SubjectKinds.Count > 0 ? r.SubjectKinds : [.. catalogue.SubjectKinds.Select(k => k.Id)],
            [.. catalogue.Purposes.Select(x => x.Id).Where(x => r.Purposes.Count > 0 && Claims(catalogue, r, x))]))];

    /// <summary>Whether an event for purpose <paramref name="purpose"/> starts <paramref name="rule"/>'s
    /// period: the rule covers it, and no rule from the same event names it more narrowly (an event for
    /// the talent pool, a purpose under recruitment, counts for the talent-pool rule, not recruitment's).</summary>
    private static bool Claims(PolicyCatalogue catalogue, RetentionRule rule, string purpose)
    {
        var own = Narrowest(rule, purpose);
        return own is not null && !catalogue.Retention.Exists(other => !ReferenceEquals(other, rule) && other.From == rule.From
            && Narrowest(other, purpose) is { } theirs && theirs.Length > own.Length);
    }

    private static string? Narrowest(RetentionRule rule, string purpose) =>
        rule.Purposes.Where(p => SharingRules.Covers([p], purpose)).OrderByDescending(p => p.Length).FirstOrDefault();

    /// <summary>Events at or before this moment have run their period out by <paramref name="now"/>.</summary>
    public DateTimeOffset Cutoff(DateTimeOffset now) => now.AddYears(-Period.Years).AddMonths(-Period.Months).AddDays(-Period.Days);
}

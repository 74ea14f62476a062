using Microsoft.EntityFrameworkCore;
using Steward.Core.Storage;

namespace Steward.Core.Statistics;

/// <summary>One day's page views of a site, all pages together.</summary>
public sealed record DailyViews(DateOnly Day, long Views);

/// <summary>Reads the visit counts back for the Console: totals per day and the most viewed pages.</summary>
public sealed class VisitReport(StewardDb db)
{
    /// <summary>Every day from <paramref name="from"/> to <paramref name="to"/>, days without views as 0.</summary>
    public async Task<IReadOnlyList<DailyViews>> DailyAsync(string site, DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        var counted = await db.Set<VisitCount>().AsNoTracking()
            .Where(v => v.Site == site && v.Day >= from && v.Day <= to)
            .GroupBy(v => v.Day).Select(g => new { Day = g.Key, Views = g.Sum(v => v.Count) })
            .ToDictionaryAsync(x => x.Day, x => x.Views, ct);
        var days = new List<DailyViews>();
        for (var day = from; day <= to; day = day.AddDays(1)) days.Add(new DailyViews(day, counted.GetValueOrDefault(day)));
        return days;
    }

    public async Task<IReadOnlyList<(string Page, long Views)>> TopPagesAsync(string site, DateOnly from, DateOnly to, int count, CancellationToken ct = default)
    {
        var rows = await db.Set<VisitCount>().AsNoTracking()
            .Where(v => v.Site == site && v.Day >= from && v.Day <= to)
            .GroupBy(v => v.Page).Select(g => new { Page = g.Key, Views = g.Sum(v => v.Count) })
            .ToListAsync(ct);
        return [.. rows.OrderByDescending(r => r.Views).ThenBy(r => r.Page, StringComparer.Ordinal).Take(count).Select(r => (r.Page, r.Views))];
    }
}

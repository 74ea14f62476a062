using Microsoft.EntityFrameworkCore;
using Steward.Core.Storage;

namespace Steward.Core.Statistics;

/// <summary>Counts visits per site, page and day (UTC). One statement per visit, atomic under
/// concurrent nodes on SQLite and PostgreSQL alike.</summary>
public sealed class VisitCounter(StewardDb db, TimeProvider clock)
{
    public async Task IncrementAsync(string site, string page, long by = 1, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(site);
        ArgumentNullException.ThrowIfNull(page);
        var day = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO visit_counts ("Site", "Page", "Day", "Count") VALUES ({site}, {page}, {day}, {by})
            ON CONFLICT ("Site", "Page", "Day") DO UPDATE SET "Count" = visit_counts."Count" + excluded."Count"
            """, cancellationToken);
    }

    public Task<List<VisitCount>> ForDayAsync(string site, DateOnly day, CancellationToken cancellationToken = default) =>
        db.Set<VisitCount>().AsNoTracking().Where(v => v.Site == site && v.Day == day).OrderBy(v => v.Page).ToListAsync(cancellationToken);
}

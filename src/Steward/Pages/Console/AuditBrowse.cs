using Microsoft.EntityFrameworkCore;
using Steward.Core.Audit;
using Steward.Core.Storage;

namespace Steward.Pages.Console;

/// <summary>What the auditor asked to see: entries whose action starts with a prefix, about one subject, with one decision.</summary>
public sealed record AuditFilter(string? ActionPrefix, Guid? SubjectId, string? Decision);

/// <summary>One page of entries, newest first, and where the pages before and after it start.</summary>
/// <param name="Older">The index to ask entries before (<c>before=</c>) for the next older page, or null when there is none.</param>
/// <param name="Newer">The index to ask entries after (<c>after=</c>) for the next newer page, or null when there is none.</param>
public sealed record AuditEntryPage(IReadOnlyList<AuditEntry> Entries, long? Older, long? Newer);

/// <summary>Reads the audit log a page at a time by index (keyset paging), so entries appended while
/// the auditor reads do not shift the pages.</summary>
internal static class AuditBrowse
{
    public const int PageSize = 50;

    /// <param name="before">Show the newest entries with a smaller index; null for the newest of all.</param>
    /// <param name="after">Show the oldest entries with a larger index (a "newer" page); wins over <paramref name="before"/>.</param>
    public static async Task<AuditEntryPage> ReadAsync(StewardDb db, AuditFilter filter, long? before, long? after, CancellationToken cancellationToken)
    {
        var matching = Matching(db, filter);
        List<AuditEntry> entries;
        if (after is { } from)
        {
            entries = await matching.Where(e => e.Index > from).OrderBy(e => e.Index).Take(PageSize).ToListAsync(cancellationToken);
            entries.Reverse();
        }
        else
        {
            var below = before ?? long.MaxValue;
            entries = await matching.Where(e => e.Index < below).OrderByDescending(e => e.Index).Take(PageSize).ToListAsync(cancellationToken);
        }
        if (entries.Count == 0) return new AuditEntryPage(entries, null, null);

        var (newest, oldest) = (entries[0].Index, entries[^1].Index);
        var older = await matching.AnyAsync(e => e.Index < oldest, cancellationToken);
        var newer = await matching.AnyAsync(e => e.Index > newest, cancellationToken);
        return new AuditEntryPage(entries, older ? oldest : null, newer ? newest : null);
    }

    /// <summary>The latest signed checkpoint, or null before the first.</summary>
    public static Task<AuditCheckpoint?> LatestCheckpointAsync(StewardDb db, CancellationToken cancellationToken) =>
        db.Set<AuditCheckpoint>().AsNoTracking().OrderByDescending(c => c.TreeSize).FirstOrDefaultAsync(cancellationToken);

    private static IQueryable<AuditEntry> Matching(StewardDb db, AuditFilter filter)
    {
        var entries = db.Set<AuditEntry>().AsNoTracking();
        if (!string.IsNullOrEmpty(filter.ActionPrefix)) entries = entries.Where(e => e.Action.StartsWith(filter.ActionPrefix));
        if (filter.SubjectId is { } subject) entries = entries.Where(e => e.SubjectId == subject);
        if (!string.IsNullOrEmpty(filter.Decision)) entries = entries.Where(e => e.Decision == filter.Decision);
        return entries;
    }
}

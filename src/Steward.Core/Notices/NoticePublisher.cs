using Microsoft.EntityFrameworkCore;
using Steward.Core.Catalogue;
using Steward.Core.Storage;

namespace Steward.Core.Notices;

/// <summary>Keeps every version of every site's notice: publishes the version the catalogue yields now,
/// and finds the current and any past version (P10.1, P10.3).</summary>
public sealed class NoticePublisher(StewardDb db, LoadedCatalogue catalogue, TimeProvider time)
{
    /// <summary>Stores the notice of each site unless that exact version is stored already.
    /// Returns the versions that are new.</summary>
    public async Task<IReadOnlyList<NoticeVersion>> PublishAsync(CancellationToken cancellationToken = default)
    {
        var published = new List<NoticeVersion>();
        foreach (var site in catalogue.Policy.Sites)
        {
            var composed = catalogue.NoticeOf(site);
            if (await db.NoticeVersions.AnyAsync(v => v.SiteId == site.Id && v.Version == composed.Version, cancellationToken)) continue;
            var version = new NoticeVersion
            {
                SiteId = site.Id,
                Version = composed.Version,
                PublishedAt = time.GetUtcNow(),
                Texts = [.. composed.Markdown.Select(t => new NoticeText { Language = t.Key, Markdown = t.Value, Sha256 = composed.Sha256[t.Key] })],
            };
            db.NoticeVersions.Add(version);
            published.Add(version);
        }
        if (published.Count == 0) return published;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another node may have published the same versions at the same moment: then nothing is missing.
            db.ChangeTracker.Clear();
            foreach (var v in published)
            {
                if (!await db.NoticeVersions.AnyAsync(x => x.SiteId == v.SiteId && x.Version == v.Version, cancellationToken)) throw;
            }
            return [];
        }
        return published;
    }

    /// <summary>The version the catalogue in force yields: after a return to an earlier catalogue, that
    /// earlier version is current again, whatever was published in between.</summary>
    public async Task<NoticeVersion?> CurrentAsync(string siteId, CancellationToken cancellationToken = default) =>
        catalogue.FindSite(siteId) is { } site ? await FindAsync(siteId, catalogue.NoticeOf(site).Version, cancellationToken) : null;

    /// <summary>The version id the catalogue in force yields for a site.</summary>
    public string? CurrentVersionOf(string siteId) => catalogue.FindSite(siteId) is { } site ? catalogue.NoticeOf(site).Version : null;

    public Task<NoticeVersion?> FindAsync(string siteId, string version, CancellationToken cancellationToken = default) =>
        db.NoticeVersions.AsNoTracking().Include(v => v.Texts)
            .FirstOrDefaultAsync(v => v.SiteId == siteId && v.Version == version, cancellationToken);

    /// <summary>Every version of a site's notice, newest first, without the texts.</summary>
    public Task<List<NoticeVersion>> HistoryAsync(string siteId, CancellationToken cancellationToken = default) =>
        db.NoticeVersions.AsNoTracking()
            .Where(v => v.SiteId == siteId)
            .OrderByDescending(v => v.Id)
            .ToListAsync(cancellationToken);
}

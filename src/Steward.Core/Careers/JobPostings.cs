using Microsoft.EntityFrameworkCore;
using Steward.Core.Catalogue.Model;
using Steward.Core.Consent;
using Steward.Core.Retention;
using Steward.Core.Storage;

namespace Steward.Core.Careers;

/// <summary>Postings as the careers site and the Console read them.</summary>
public sealed class JobPostings(StewardDb db, TimeProvider time, RetentionRecords retention)
{
    public Task<List<JobPosting>> OpenOnSiteAsync(string siteId, CancellationToken cancellationToken = default) =>
        db.Set<JobPosting>().AsNoTracking().Where(p => p.SiteId == siteId && p.Open).OrderByDescending(p => p.CreatedAt).ToListAsync(cancellationToken);

    public Task<JobPosting?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        db.Set<JobPosting>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);

    /// <summary>The postings of one owner, or of everyone when <paramref name="ownerId"/> is null.</summary>
    public Task<List<JobPosting>> ListAsync(string? ownerId, CancellationToken cancellationToken = default) =>
        db.Set<JobPosting>().AsNoTracking().Where(p => ownerId == null || p.OwnerId == ownerId)
            .OrderByDescending(p => p.CreatedAt).ToListAsync(cancellationToken);

    public async Task<JobPosting> CreateAsync(string ownerId, string siteId, PostingText text, bool open, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        var now = time.GetUtcNow();
        var posting = new JobPosting
        {
            Id = Guid.NewGuid(), OwnerId = ownerId, SiteId = siteId, Open = open, CreatedAt = now, UpdatedAt = now,
            TitleEn = text.TitleEn, TitleZh = text.TitleZh, DescriptionEn = text.DescriptionEn, DescriptionZh = text.DescriptionZh,
        };
        db.Add(posting);
        await db.SaveChangesAsync(cancellationToken);
        return posting;
    }

    public async Task UpdateAsync(Guid id, string siteId, PostingText text, bool open, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        var posting = await db.Set<JobPosting>().SingleAsync(p => p.Id == id, cancellationToken);
        var closing = posting.Open && !open;
        (posting.SiteId, posting.Open, posting.UpdatedAt) = (siteId, open, time.GetUtcNow());
        (posting.TitleEn, posting.TitleZh, posting.DescriptionEn, posting.DescriptionZh) = (text.TitleEn, text.TitleZh, text.DescriptionEn, text.DescriptionZh);
        await db.SaveChangesAsync(cancellationToken);
        if (closing) await RecordClosedAsync(id, posting.UpdatedAt, cancellationToken);
    }

    /// <summary>Closing a posting closes the recruitment of each of its applicants (the event the
    /// catalogue's application rules count from): for the talent pool when the applicant's latest
    /// word on it is consent, for recruitment otherwise.</summary>
    private async Task RecordClosedAsync(Guid postingId, DateTimeOffset at, CancellationToken ct)
    {
        var applicants = await db.Set<JobApplication>().AsNoTracking().Where(a => a.PostingId == postingId).Select(a => a.SubjectId).Distinct().ToListAsync(ct);
        if (applicants.Count == 0) return;
        var words = await db.Set<ConsentRecord>().AsNoTracking()
            .Where(c => applicants.Contains(c.SubjectId) && c.Purpose == TalentPool)
            .OrderBy(c => c.Id).Select(c => new { c.SubjectId, c.Status })
            .ToListAsync(ct);
        var latest = new Dictionary<Guid, ConsentStatus>();
        foreach (var w in words) latest[w.SubjectId] = w.Status;
        var pool = latest.Where(l => l.Value == ConsentStatus.Given).Select(l => l.Key).ToHashSet();
        await retention.RecordEventsAsync([.. applicants.Where(pool.Contains)], RetentionEvent.ApplicationClosed, TalentPool, at, ct);
        await retention.RecordEventsAsync([.. applicants.Where(a => !pool.Contains(a))], RetentionEvent.ApplicationClosed, Recruitment, at, ct);
    }

    private const string Recruitment = "recruitment";
    private const string TalentPool = "recruitment.talent_pool";

    /// <summary>The applications to postings of <paramref name="ownerId"/>, newest first, with their posting.</summary>
    public async Task<List<(JobApplication Application, JobPosting Posting)>> ApplicationsOfOwnerAsync(string ownerId, CancellationToken cancellationToken = default)
    {
        var rows = await db.Set<JobApplication>().AsNoTracking()
            .Join(db.Set<JobPosting>().AsNoTracking().Where(p => p.OwnerId == ownerId), a => a.PostingId, p => p.Id, (a, p) => new { a, p })
            .ToListAsync(cancellationToken);
        return [.. rows.OrderByDescending(r => r.a.SubmittedAt).Select(r => (r.a, r.p))];
    }

    /// <summary>One application, only if it is to a posting of <paramref name="ownerId"/>.</summary>
    public async Task<(JobApplication Application, JobPosting Posting)?> ApplicationOfOwnerAsync(Guid applicationId, string ownerId, CancellationToken cancellationToken = default)
    {
        var row = await db.Set<JobApplication>().AsNoTracking().Where(a => a.Id == applicationId)
            .Join(db.Set<JobPosting>().AsNoTracking().Where(p => p.OwnerId == ownerId), a => a.PostingId, p => p.Id, (a, p) => new { a, p })
            .FirstOrDefaultAsync(cancellationToken);
        return row is null ? null : (row.a, row.p);
    }
}

/// <summary>A posting's words in both languages.</summary>
public sealed record PostingText(string TitleEn, string TitleZh, string DescriptionEn, string DescriptionZh);

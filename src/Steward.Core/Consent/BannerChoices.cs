using Microsoft.EntityFrameworkCore;
using Steward.Core.Catalogue;
using Steward.Core.Storage;

namespace Steward.Core.Consent;

/// <summary>A visitor's choice in the cookie banner: for each category that needs consent, yes or no.</summary>
public sealed record BannerChoice(Guid VisitorId, string SiteId, string Language, IReadOnlyDictionary<string, bool> Categories, bool GlobalPrivacyControl);

/// <summary>Records cookie-banner choices as consent records, one per purpose of each category, under
/// a random visitor id and nothing else about the visitor (no address, no browser string) (P3.4).</summary>
public sealed class BannerChoices(StewardDb db, LoadedCatalogue catalogue, ConsentRecordWriter writer, TimeProvider time)
{
    public const string CollectionPoint = "cookie_banner";
    public const string GpcReason = "global_privacy_control";

    /// <returns>The records written; empty when the site is unknown.</returns>
    public async Task<IReadOnlyList<ConsentRecord>> RecordAsync(BannerChoice choice, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(choice);
        if (catalogue.FindSite(choice.SiteId) is null) return [];
        var now = time.GetUtcNow();
        var gpc = NoticeEvidence.For(catalogue, choice.SiteId, choice.Language, CollectionPoint, GpcReason);
        var clicked = gpc with { Reason = null };
        var records = new List<ConsentRecord>();
        foreach (var category in catalogue.Policy.CookieCategories.Where(c => c.RequiresConsent))
        {
            var byGpc = choice.GlobalPrivacyControl && CookieConsentRevision.CoveredByGlobalPrivacyControl(catalogue, category.Id);
            // A category the visitor did not answer for, and that GPC does not cover, gets no record.
            if (!byGpc && !choice.Categories.ContainsKey(category.Id)) continue;
            var yes = !byGpc && choice.Categories[category.Id];
            foreach (var purpose in CookieConsentRevision.PurposesOf(catalogue, category.Id))
            {
                // A "no" after a "yes" becomes withdrawn when written (ConsentRecordWriter sees the order).
                var status = yes ? ConsentStatus.Given : ConsentStatus.Refused;
                var evidence = byGpc ? gpc : clicked;
                records.Add(new ConsentRecord
                {
                    VisitorId = choice.VisitorId, Purpose = purpose, Status = status, RecordedAt = now,
                    Channel = byGpc ? ConsentChannel.GlobalPrivacyControl : ConsentChannel.Banner,
                    Site = evidence.Site, CollectionPoint = evidence.CollectionPoint, NoticeVersion = evidence.NoticeVersion,
                    Language = evidence.Language, NoticeSha256 = evidence.NoticeSha256, Reason = evidence.Reason,
                });
            }
        }
        await writer.WriteAsync(records, ct);
        return records;
    }

    /// <summary>The visitor's history, oldest first.</summary>
    public Task<List<ConsentRecord>> HistoryAsync(Guid visitorId, CancellationToken ct = default) =>
        db.Set<ConsentRecord>().AsNoTracking().Where(c => c.VisitorId == visitorId).OrderBy(c => c.Id).ToListAsync(ct);
}

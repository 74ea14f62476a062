using Steward.Core.Catalogue;
using Steward.Core.Notices;

namespace Steward.Core.Consent;

/// <summary>The evidence a consent record cites: the site's current notice version and the SHA-256 of
/// its text in the language shown (the same hash <see cref="NoticePublisher"/> stores).</summary>
public static class NoticeEvidence
{
    public static ConsentEvidence For(LoadedCatalogue catalogue, string siteId, string language, string? collectionPoint, string? reason = null)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        if (catalogue.FindSite(siteId) is not { } site) return new ConsentEvidence(CollectionPoint: collectionPoint, Language: language, Reason: reason);
        var notice = catalogue.NoticeOf(site);
        var sha = notice.Sha256.GetValueOrDefault(language);
        return new ConsentEvidence(site.Id, collectionPoint, notice.Version, language, sha, reason);
    }
}

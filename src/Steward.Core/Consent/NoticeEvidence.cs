using Steward.Core.Catalogue;
using Steward.Core.Notices;

namespace Steward.Core.Consent;

/// <summary>The evidence a consent record cites: the site's current notice version and the SHA-256 of
/// its text in the language shown (the same hash <see cref="NoticePublisher"/> stores).</summary>
public static class NoticeEvidence
{
    // The hash of a notice text, computed once per text a loaded catalogue holds (the cookie banner
    // records choices thousands of times a second, and hashing the whole notice each time dominated).
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<string, string> Hashes = [];

    public static ConsentEvidence For(LoadedCatalogue catalogue, string siteId, string language, string? collectionPoint, string? reason = null)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        if (catalogue.FindSite(siteId) is not { } site) return new ConsentEvidence(CollectionPoint: collectionPoint, Language: language, Reason: reason);
        var notice = catalogue.NoticeOf(site);
        var sha = notice.Markdown.TryGetValue(language, out var text) ? Hashes.GetValue(text, NoticeVersioning.Sha256Hex) : null;
        return new ConsentEvidence(site.Id, collectionPoint, notice.Version, language, sha, reason);
    }
}

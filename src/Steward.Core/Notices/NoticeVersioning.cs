using System.Security.Cryptography;
using System.Text;
using Steward.Core.Catalogue;
using Steward.Core.Catalogue.Model;

namespace Steward.Core.Notices;

/// <summary>A site's notice in each of its languages, with the version its content determines and the
/// SHA-256 (hex) of each language's text, computed once: every stored notice text and every consent
/// record cites it, the cookie banner thousands of times a second.</summary>
public sealed record ComposedNotice(string SiteId, string Version, IReadOnlyDictionary<string, string> Markdown, IReadOnlyDictionary<string, string> Sha256);

public static class NoticeVersioning
{
    public static ComposedNotice Compose(LoadedCatalogue catalogue, Site site)
    {
        var composer = new NoticeComposer(catalogue.Policy);
        var texts = catalogue.LanguagesOf(site).ToDictionary(l => l, l => composer.Compose(site, l), StringComparer.OrdinalIgnoreCase);
        var all = string.Concat(texts.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => $"{t.Key}\n{t.Value}\n"));
        var hashes = texts.ToDictionary(t => t.Key, t => Sha256Hex(t.Value), StringComparer.OrdinalIgnoreCase);
        return new ComposedNotice(site.Id, Sha256Hex(all)[..16], texts, hashes);
    }

    public static string Sha256Hex(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}

using System.Collections.Concurrent;
using Steward.Core.Catalogue.Loading;
using Steward.Core.Catalogue.Model;
using Steward.Core.Notices;

namespace Steward.Core.Catalogue;

/// <summary>The catalogue Steward runs on, with where it came from.</summary>
public sealed record LoadedCatalogue(PolicyCatalogue Policy, string Source)
{
    /// <summary>Loads the file at <paramref name="path"/>, or the embedded default when it is empty;
    /// throws with every error when the catalogue is not valid.</summary>
    public static LoadedCatalogue Load(string? path)
    {
        var result = string.IsNullOrWhiteSpace(path) ? CatalogueLoader.LoadDefault() : CatalogueLoader.LoadFile(path);
        return result.IsValid
            ? new LoadedCatalogue(result.Catalogue!, result.Source)
            : throw new InvalidCatalogueException(result.Errors);
    }

    private readonly ConcurrentDictionary<string, ComposedNotice> _notices = new(StringComparer.Ordinal);

    public Site? FindSite(string id) => Policy.Sites.FirstOrDefault(s => s.Id == id);

    /// <summary>The notice this catalogue yields for a site, composed once.</summary>
    public ComposedNotice NoticeOf(Site site) => _notices.GetOrAdd(site.Id, _ => NoticeVersioning.Compose(this, site));

    public IReadOnlyList<string> LanguagesOf(Site site) => site.Languages.Count > 0 ? site.Languages : Policy.Languages;
}

public sealed class InvalidCatalogueException(IReadOnlyList<CatalogueError> errors)
    : Exception($"The catalogue is not valid:{Environment.NewLine}{string.Join(Environment.NewLine, errors)}")
{
    public IReadOnlyList<CatalogueError> Errors { get; } = errors;
}

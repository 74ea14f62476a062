using Steward.Core.Catalogue.Model;

namespace Steward.Core.Catalogue.Loading;

/// <summary>Finds every text of the catalogue and checks it is given, not empty, in every language.</summary>
internal sealed class TranslationChecker(IReadOnlyCollection<string> languages, Action<string, string> report)
{
    public void Check(object node, string path = "")
    {
        if (node is LocalizedText text)
        {
            foreach (var language in languages)
                if (!text.TryGetValue(language, out var value) || string.IsNullOrWhiteSpace(value))
                    report(path, $"missing translation: no '{language}' text");
            foreach (var language in text.Keys.Where(k => !languages.Contains(k, StringComparer.OrdinalIgnoreCase)))
                report($"{path}.{language}", $"'{language}' is not a language of the catalogue");
            return;
        }
        foreach (var (childPath, value) in CatalogueNodes.Children(node, path)) Check(value, childPath);
    }
}

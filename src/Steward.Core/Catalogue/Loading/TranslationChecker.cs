using System.Collections;
using System.Reflection;
using Steward.Core.Catalogue.Model;
using YamlDotNet.Serialization.NamingConventions;

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
        if (node is IList list)
        {
            for (var i = 0; i < list.Count; i++) if (list[i] is { } item) Check(item, $"{path}[{i}]");
            return;
        }
        if (node is string || node.GetType().IsValueType) return;
        foreach (var property in node.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || property.GetValue(node) is not { } value) continue;
            var key = UnderscoredNamingConvention.Instance.Apply(property.Name);
            Check(value, path.Length == 0 ? key : $"{path}.{key}");
        }
    }
}

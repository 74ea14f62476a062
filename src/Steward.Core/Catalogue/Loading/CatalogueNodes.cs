using System.Collections;
using System.Reflection;
using YamlDotNet.Serialization.NamingConventions;

namespace Steward.Core.Catalogue.Loading;

/// <summary>The children of a node of the typed catalogue, each with the path the source map knows
/// it by (<c>purposes[3].consent_wording</c>): list items, then set properties by their YAML key.</summary>
internal static class CatalogueNodes
{
    public static IEnumerable<(string Path, object Value)> Children(object node, string path)
    {
        if (node is IList list)
        {
            for (var i = 0; i < list.Count; i++) if (list[i] is { } item) yield return ($"{path}[{i}]", item);
            yield break;
        }
        if (node is string || node.GetType().IsValueType) yield break;
        foreach (var property in node.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || property.GetValue(node) is not { } value) continue;
            var key = UnderscoredNamingConvention.Instance.Apply(property.Name);
            yield return (path.Length == 0 ? key : $"{path}.{key}", value);
        }
    }
}

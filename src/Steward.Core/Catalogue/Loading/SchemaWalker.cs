using System.Globalization;
using System.Reflection;
using Steward.Core.Catalogue.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using YamlDotNet.Serialization;

namespace Steward.Core.Catalogue.Loading;

/// <summary>Walks the YAML tree beside the model types before anything is deserialized: it records
/// where every node stands and reports, all at once, unknown keys, missing required keys and values
/// of the wrong shape. YamlDotNet's deserializer stops at the first of these and gives no positions
/// for the later checks, hence this pass. Values of the wrong shape are pruned from the tree afterwards,
/// so the rest can still be deserialized and checked, and every mistake is reported in one run.</summary>
internal sealed class SchemaWalker(INamingConvention naming, SourceMap map, Action<Mark, string> report)
{
    /// <summary>True once a value had the wrong shape, so the deserializer would fail on it.</summary>
    public bool HasShapeErrors { get; private set; }

    private readonly List<Action> _prunes = [];

    /// <summary>Removes every value that had the wrong shape, and every unknown key.</summary>
    public void Prune()
    {
        foreach (var prune in _prunes) prune();
        _prunes.Clear();
    }

    /// <summary>Walks <paramref name="node"/> as a <paramref name="type"/>; false when its shape is wrong.</summary>
    public bool Walk(YamlNode node, Type type, string path)
    {
        map.Add(path, node.Start);
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (node is YamlScalarNode { Tag.IsEmpty: true, Style: ScalarStyle.Plain, Value: "" or "~" or "null" })
        {
            return true; // an explicit empty value: required-key checks and model defaults handle it
        }

        if (type == typeof(LocalizedText)) return WalkText(node, path);
        if (ElementType(type) is { } element) return WalkList(node, element, path);
        if (IsScalar(type)) return WalkScalar(node, type);
        return WalkObject(node, type, path);
    }

    private bool WalkText(YamlNode node, string path)
    {
        if (Expect<YamlMappingNode>(node, "a mapping of language to text, such as { en: ..., zh-CN: ... }") is not { } mapping) return false;
        foreach (var (key, value) in mapping.Children.ToList())
        {
            map.Add($"{path}.{key}", value.Start);
            if (value is YamlScalarNode) continue;
            Shape(value.Start, $"the text in '{key}' must be a string");
            _prunes.Add(() => mapping.Children.Remove(key));
        }
        return true;
    }

    private bool WalkList(YamlNode node, Type element, string path)
    {
        if (Expect<YamlSequenceNode>(node, "a list") is not { } sequence) return false;
        var bad = new List<YamlNode>();
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            if (!Walk(sequence.Children[i], element, $"{path}[{i}]")) bad.Add(sequence.Children[i]);
        }
        if (bad.Count > 0) _prunes.Add(() => bad.ForEach(b => sequence.Children.Remove(b)));
        return true;
    }

    private bool WalkObject(YamlNode node, Type type, string path)
    {
        if (Expect<YamlMappingNode>(node, "a mapping of keys to values") is not { } mapping) return false;
        var properties = PropertiesOf(type);
        foreach (var (keyNode, value) in mapping.Children.ToList())
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (!properties.TryGetValue(key, out var property))
            {
                report(keyNode.Start, $"unknown key '{key}'; expected one of: {string.Join(", ", properties.Keys)}");
                _prunes.Add(() => mapping.Children.Remove(keyNode));
                continue;
            }
            if (!Walk(value, property.PropertyType, path.Length == 0 ? key : $"{path}.{key}"))
            {
                _prunes.Add(() => mapping.Children.Remove(keyNode));
            }
        }

        foreach (var (key, property) in properties)
        {
            var given = mapping.Children.FirstOrDefault(c => c.Key is YamlScalarNode k && k.Value == key).Value;
            var empty = given is null or YamlScalarNode { Value: "" or "~" or "null" };
            if (property.IsDefined(typeof(RequiredAttribute)) && empty)
            {
                report(given?.Start ?? mapping.Start, $"missing required key '{key}'{Describe(mapping)}");
            }
        }
        return true;
    }

    private bool WalkScalar(YamlNode node, Type type)
    {
        if (Expect<YamlScalarNode>(node, "a single value") is not { Value: { } text } scalar) return false;
        var ok = type == typeof(string)
            || (type == typeof(int) && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out _))
            || (type == typeof(bool) && bool.TryParse(text, out _))
            || (type == typeof(DateOnly) && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            || (type.IsEnum && EnumNames(type).Contains(text));
        if (ok) return true;
        var expected = type.IsEnum ? $"one of: {string.Join(", ", EnumNames(type))}"
            : type == typeof(DateOnly) ? "a date such as 2025-01-31"
            : type == typeof(bool) ? "true or false"
            : "a whole number";
        Shape(scalar.Start, $"'{text}' is not valid here; expected {expected}");
        return false;
    }

    private T? Expect<T>(YamlNode node, string what) where T : YamlNode
    {
        if (node is T typed) return typed;
        Shape(node.Start, $"expected {what}");
        return null;
    }

    private void Shape(Mark mark, string message)
    {
        HasShapeErrors = true;
        report(mark, message);
    }

    /// <summary>" in purpose 'x'" when the mapping has an id, to help a reader of the message.</summary>
    private static string Describe(YamlMappingNode mapping) =>
        mapping.Children.FirstOrDefault(c => c.Key is YamlScalarNode { Value: "id" }).Value is YamlScalarNode { Value: { } id }
            ? $" (in '{id}')" : "";

    private static bool IsScalar(Type type) =>
        type == typeof(string) || type == typeof(int) || type == typeof(bool) || type == typeof(DateOnly) || type.IsEnum;

    private static Type? ElementType(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>) ? type.GetGenericArguments()[0] : null;

    private Dictionary<string, PropertyInfo> PropertiesOf(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite)
            .ToDictionary(p => naming.Apply(p.Name), StringComparer.Ordinal);

    private IEnumerable<string> EnumNames(Type type) => Enum.GetNames(type).Select(naming.Apply);
}

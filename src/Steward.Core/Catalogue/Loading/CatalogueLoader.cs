using System.Globalization;
using Steward.Core.Catalogue.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.Converters;
using YamlDotNet.Serialization.NamingConventions;

namespace Steward.Core.Catalogue.Loading;

/// <summary>The outcome of loading a catalogue: the catalogue when it is valid, and every error found.</summary>
public sealed record CatalogueLoadResult(PolicyCatalogue? Catalogue, IReadOnlyList<CatalogueError> Errors, string Source)
{
    public bool IsValid => Catalogue is not null && Errors.Count == 0;
}

/// <summary>Reads a catalogue file, checks it completely, and reports every mistake at once.</summary>
public static class CatalogueLoader
{
    public const string DefaultSourceName = "catalogue/default.yaml";
    private const string DefaultResource = "Steward.Catalogue.default.yaml";

    private static readonly INamingConvention Naming = UnderscoredNamingConvention.Instance;

    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(Naming)
        .WithEnumNamingConvention(Naming)
        .WithTypeConverter(new DateOnlyConverter(CultureInfo.InvariantCulture, false, "yyyy-MM-dd"))
        .IgnoreUnmatchedProperties() // unknown keys are reported by the schema walk, with their positions
        .Build();

    public static CatalogueLoadResult LoadFile(string path)
    {
        if (!File.Exists(path))
        {
            return Failed(path, $"file not found: {Path.GetFullPath(path)}");
        }
        return Load(File.ReadAllText(path), path);
    }

    /// <summary>The default policy embedded in Steward.</summary>
    public static CatalogueLoadResult LoadDefault()
    {
        using var stream = typeof(CatalogueLoader).Assembly.GetManifestResourceStream(DefaultResource)
            ?? throw new InvalidOperationException($"The embedded catalogue {DefaultResource} is missing from the build.");
        using var reader = new StreamReader(stream);
        return Load(reader.ReadToEnd(), DefaultSourceName);
    }

    public static CatalogueLoadResult Load(string yaml, string source)
    {
        var errors = new List<CatalogueError>();
        void Report(Mark mark, string message) => errors.Add(new CatalogueError(source, mark.Line, mark.Column, message));

        var root = Parse(yaml, Report);
        if (root is null) return new CatalogueLoadResult(null, errors, source);

        var map = new SourceMap();
        var walker = new SchemaWalker(Naming, map, Report);
        walker.Walk(root, typeof(PolicyCatalogue), "");
        if (walker.HasShapeErrors)
        {
            // Check the rest too: drop what cannot be read, and deserialize what remains. Nodes keep
            // their marks, so walking the pruned tree again maps the shifted list indexes to lines.
            walker.Prune();
            yaml = Serialize(root);
            map = new SourceMap();
            new SchemaWalker(Naming, map, (_, _) => { }).Walk(root, typeof(PolicyCatalogue), "");
        }

        PolicyCatalogue catalogue;
        try
        {
            catalogue = Deserializer.Deserialize<PolicyCatalogue>(yaml);
        }
        catch (YamlException ex)
        {
            Report(ex.Start, ex.InnerException?.Message ?? ex.Message);
            return new CatalogueLoadResult(null, Sorted(errors), source);
        }

        CatalogueValidator.Validate(catalogue, (path, message) => Report(map.Locate(path), message));
        return new CatalogueLoadResult(errors.Count == 0 ? catalogue : null, Sorted(errors), source);
    }

    private static YamlMappingNode? Parse(string yaml, Action<Mark, string> report)
    {
        var stream = new YamlStream();
        var parser = new Parser(new StringReader(yaml));
        try
        {
            stream.Load(parser);
        }
        catch (YamlException ex)
        {
            report(ex.Start, ex.Message);
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this, without a position, on some broken flow collections.
            report(parser.Current?.Start ?? Mark.Empty, "the YAML is broken here: check brackets, quotes and indentation");
            return null;
        }

        if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            report(Mark.Empty, "a catalogue is one YAML document whose top level is a mapping (organisation:, languages:, ...)");
            return null;
        }
        return root;
    }

    private static string Serialize(YamlMappingNode root)
    {
        using var writer = new StringWriter();
        new YamlStream(new YamlDocument(root)).Save(writer, assignAnchors: false);
        return writer.ToString();
    }

    private static List<CatalogueError> Sorted(List<CatalogueError> errors) =>
        [.. errors.Distinct().OrderBy(e => e.Line).ThenBy(e => e.Column)];

    private static CatalogueLoadResult Failed(string source, string message) =>
        new(null, [new CatalogueError(source, 1, 1, message)], source);
}

using YamlDotNet.Core;

namespace Steward.Core.Catalogue.Loading;

/// <summary>Where each node of the catalogue stands in its file, by path
/// (<c>purposes[3].consent_wording</c>), so that checks on the typed model can name line and column.</summary>
internal sealed class SourceMap
{
    private readonly Dictionary<string, Mark> _marks = new(StringComparer.Ordinal);

    public void Add(string path, Mark mark) => _marks.TryAdd(path, mark);

    /// <summary>The mark of <paramref name="path"/>, or of its nearest ancestor that is in the file.</summary>
    public Mark Locate(string path)
    {
        for (var current = path; ; current = Parent(current))
        {
            if (_marks.TryGetValue(current, out var mark)) return mark;
            if (current.Length == 0) return Mark.Empty;
        }
    }

    private static string Parent(string path)
    {
        var cut = path.LastIndexOfAny(['.', '[']);
        return cut < 0 ? "" : path[..cut];
    }
}

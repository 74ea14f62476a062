using System.Text;

namespace Steward.Core.Notices;

/// <summary>Writes Markdown from catalogue text, which is data: its Markdown and HTML characters are escaped.</summary>
internal sealed class MarkdownWriter
{
    private readonly StringBuilder _text = new();

    public void Heading(int level, string text) => _text.Append('#', level).Append(' ').AppendLine(Escape(text)).AppendLine();

    public void Paragraph(string text) => _text.AppendLine(Escape(text)).AppendLine();

    /// <summary>A paragraph whose text is already Markdown (built from escaped parts).</summary>
    public void Raw(string markdown) => _text.AppendLine(markdown).AppendLine();

    public void Bullets(IEnumerable<string> markdownItems)
    {
        var any = false;
        foreach (var item in markdownItems)
        {
            _text.Append("- ").AppendLine(item);
            any = true;
        }
        if (any) _text.AppendLine();
    }

    /// <summary>A list whose items sit under their parents: depth 0, 1, 2 ...</summary>
    public void NestedBullets(IEnumerable<(int Depth, string Markdown)> items)
    {
        var any = false;
        foreach (var (depth, item) in items)
        {
            _text.Append(' ', 2 * depth).Append("- ").AppendLine(item);
            any = true;
        }
        if (any) _text.AppendLine();
    }

    public void Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        _text.Append("| ").AppendJoin(" | ", headers.Select(Cell)).AppendLine(" |");
        _text.Append('|').AppendJoin('|', headers.Select(_ => "---")).AppendLine("|");
        foreach (var row in rows) _text.Append("| ").AppendJoin(" | ", row).AppendLine(" |");
        _text.AppendLine();
    }

    /// <summary>Escapes text for a table cell: Markdown escaping, and no pipe or line break.</summary>
    public static string Cell(string text) => Escape(text).Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");

    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text.Trim())
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '#' or '|' or '~') escaped.Append('\\');
            escaped.Append(c);
        }
        return escaped.ToString();
    }

    public static string Bold(string text) => $"**{Escape(text)}**";

    public static string Link(string text, string url) => $"[{Escape(text)}](<{url.Replace(">", "%3E", StringComparison.Ordinal)}>)";

    public override string ToString() => _text.ToString().TrimEnd() + "\n";
}

using System.Text;

namespace Steward.Core.Notices;

/// <summary>Writes Markdown from catalogue text, which is data: its Markdown and HTML characters are escaped.</summary>
internal sealed class MarkdownWriter
{
    private readonly StringBuilder _text = new();
    // Two lists one after the other are one list in Markdown unless their bullets differ.
    private static readonly char[] BulletMarks = ['-', '*'];
    private bool _lastWasList;
    private int _lists;

    private char NextBullet()
    {
        var mark = _lastWasList ? BulletMarks[++_lists % 2] : BulletMarks[_lists % 2];
        _lastWasList = true;
        return mark;
    }

    private void Block() => _lastWasList = false;

    public void Heading(int level, string text, string? anchor = null)
    {
        Block();
        _text.Append('#', level).Append(' ').Append(Escape(text));
        if (anchor is not null) _text.Append(" {#").Append(anchor).Append('}');
        _text.AppendLine().AppendLine();
    }

    public void Paragraph(string text) => Raw(Escape(text));

    /// <summary>A paragraph whose text is already Markdown (built from escaped parts).</summary>
    public void Raw(string markdown)
    {
        Block();
        _text.AppendLine(markdown).AppendLine();
    }

    public void Bullets(IEnumerable<string> markdownItems) => NestedBullets(markdownItems.Select(item => (0, item)));

    /// <summary>A list whose items sit under their parents: depth 0, 1, 2 ...</summary>
    public void NestedBullets(IEnumerable<(int Depth, string Markdown)> items)
    {
        var list = items.ToList();
        if (list.Count == 0) return;
        var mark = NextBullet();
        foreach (var (depth, item) in list) _text.Append(' ', 2 * depth).Append(mark).Append(' ').AppendLine(item);
        _text.AppendLine();
    }

    public void Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        Block();
        _text.Append("| ").AppendJoin(" | ", headers.Select(Escape)).AppendLine(" |");
        _text.Append('|').AppendJoin('|', headers.Select(_ => "---")).AppendLine("|");
        foreach (var row in rows) _text.Append("| ").AppendJoin(" | ", row).AppendLine(" |");
        _text.AppendLine();
    }

    /// <summary>Escapes text so that it stays inline text: Markdown and HTML characters escaped, and
    /// line breaks turned to spaces (everything the composer writes is inline).</summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        var plain = text.ReplaceLineEndings(" ").Trim();
        foreach (var c in plain)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '#' or '|' or '~') escaped.Append('\\');
            escaped.Append(c);
        }
        // Text can land at the start of a block, where "1." or "-" would start a list.
        var digits = 0;
        while (digits < escaped.Length && char.IsAsciiDigit(escaped[digits])) digits++;
        if (digits > 0 && digits < escaped.Length && escaped[digits] is '.' or ')') escaped.Insert(digits, '\\');
        else if (escaped.Length > 0 && escaped[0] is '-' or '+' or '=') escaped.Insert(0, '\\');
        return escaped.ToString();
    }

    public static string Bold(string text) => $"**{Escape(text)}**";

    /// <summary>A link, only to http(s) addresses, mail addresses and paths of the site; anything else
    /// (javascript:, data:) is written as plain text.</summary>
    public static string Link(string text, string url) =>
        IsSafeAddress(url) ? $"[{Escape(text)}](<{url.Replace(">", "%3E", StringComparison.Ordinal)}>)" : Escape(text);

    public static bool IsSafeAddress(string url) =>
        (url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal))
        || (url.StartsWith('#') && url.Length > 1)
        || (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" or "mailto");

    public override string ToString() => _text.ToString().TrimEnd() + "\n";
}

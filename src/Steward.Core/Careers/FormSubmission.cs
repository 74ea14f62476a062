namespace Steward.Core.Careers;

/// <summary>What a visitor sent on a collection point's form, as the form named it: simple fields by
/// their id, entries of a group as "group-index-field", the consent purposes ticked, whether the notice
/// was acknowledged, and the file, if any.</summary>
public sealed class FormSubmission
{
    public Dictionary<string, string> Values { get; } = new(StringComparer.Ordinal);
    /// <summary>How many entries of each group the form showed.</summary>
    public Dictionary<string, int> GroupCounts { get; } = new(StringComparer.Ordinal);
    public HashSet<string> Consents { get; } = new(StringComparer.Ordinal);
    public bool Acknowledged { get; set; }
    public UploadedFile? File { get; set; }

    public string Value(string key) => Values.TryGetValue(key, out var value) ? value : "";

    public static string GroupKey(string group, int index, string field) => $"{group}-{index}-{field}";
}

/// <summary>An uploaded file: its name as sent, its size, and its bytes (absent when too large to read).</summary>
public sealed record UploadedFile(string FileName, long Length, byte[]? Content);

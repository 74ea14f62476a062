namespace Steward.Core.Catalogue.Model;

/// <summary>A text in every language of the catalogue, keyed by BCP 47 tag (en, zh-CN).</summary>
public sealed class LocalizedText : Dictionary<string, string>
{
    public LocalizedText() : base(StringComparer.OrdinalIgnoreCase) { }

    /// <summary>The text in <paramref name="language"/>, else in <paramref name="fallback"/>, else any.</summary>
    public string In(string language, string fallback = "en") =>
        TryGetValue(language, out var text) ? text
        : TryGetValue(fallback, out var other) ? other
        : Values.FirstOrDefault() ?? string.Empty;
}

using System.Collections.Frozen;
using System.Globalization;
using Steward.Core.Notices;

namespace Steward.Core.Careers;

/// <summary>The countries a nationality field offers: every ISO 3166 two-letter region .NET knows, named
/// in the reader's language.</summary>
public static class Countries
{
    public static readonly FrozenSet<string> Codes = CultureInfo.GetCultures(CultureTypes.SpecificCultures)
        .Select(c => { try { return new RegionInfo(c.Name).TwoLetterISORegionName; } catch (ArgumentException) { return ""; } })
        .Where(code => code.Length == 2 && code.All(char.IsAsciiLetterUpper))
        .ToFrozenSet(StringComparer.Ordinal);

    public static string Name(string code, string language) => CountryNames.Name(code, language);

    /// <summary>Codes sorted by their name in <paramref name="language"/>, China first.</summary>
    public static IReadOnlyList<string> Sorted(string language)
    {
        var culture = CultureInfo.GetCultureInfo(language);
        return [.. Codes.OrderBy(c => c == "CN" ? 0 : 1).ThenBy(c => Name(c, language), StringComparer.Create(culture, ignoreCase: true))];
    }
}

using System.Collections.Concurrent;
using System.Globalization;

namespace Steward.Core.Notices;

/// <summary>Country names in the reader's language, from the ICU data .NET already carries.</summary>
internal static class CountryNames
{
    private static readonly ConcurrentDictionary<(string, string), string> Cache = new();
    private static readonly CultureInfo[] Cultures = CultureInfo.GetCultures(CultureTypes.SpecificCultures);

    public static string Name(string code, string language) => Cache.GetOrAdd((code, language), key => Lookup(key.Item1, key.Item2));

    private static string Lookup(string code, string language)
    {
        try
        {
            if (language.StartsWith("en", StringComparison.OrdinalIgnoreCase)) return new RegionInfo(code).EnglishName;
            // ICU names a culture "language (country)" in the UI language; the country is the part in brackets.
            var culture = Cultures.FirstOrDefault(c => c.Name.EndsWith("-" + code, StringComparison.OrdinalIgnoreCase));
            if (culture is null) return code;
            var previous = CultureInfo.CurrentUICulture;
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
            try
            {
                var display = culture.DisplayName;
                var open = display.IndexOfAny(['（', '(']);
                var close = display.LastIndexOfAny(['）', ')']);
                return open >= 0 && close > open ? display[(open + 1)..close] : code;
            }
            finally
            {
                CultureInfo.CurrentUICulture = previous;
            }
        }
        catch (ArgumentException)
        {
            return code;
        }
    }
}

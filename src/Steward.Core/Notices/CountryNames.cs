using System.Collections.Concurrent;
using System.Globalization;

namespace Steward.Core.Notices;

/// <summary>Country names in the reader's language, from the ICU data .NET already carries.</summary>
internal static class CountryNames
{
    private static readonly ConcurrentDictionary<(string, string), string> Cache = new();

    public static string Name(string code, string language) => Cache.GetOrAdd((code, language), key => Lookup(key.Item1, key.Item2));

    private static string Lookup(string code, string language)
    {
        try
        {
            if (language.StartsWith("en", StringComparison.OrdinalIgnoreCase)) return new RegionInfo(code).EnglishName;
            // ICU names any locale "language (country)" in the UI language; the country is the part in
            // brackets. "en-XX" exists for every country, so no list of cultures need be loaded.
            var previous = CultureInfo.CurrentUICulture;
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
            try
            {
                var display = new CultureInfo("en-" + code).DisplayName;
                var open = display.IndexOfAny(['（', '(']);
                var close = display.LastIndexOfAny(['）', ')']);
                return open >= 0 && close > open ? display[(open + 1)..close] : code;
            }
            finally
            {
                CultureInfo.CurrentUICulture = previous;
            }
        }
        catch (CultureNotFoundException)
        {
            return code;
        }
        catch (ArgumentException)
        {
            return code;
        }
    }
}

using System.Globalization;

namespace Steward.Pages.Console;

internal static class ConsoleFormat
{
    /// <summary>A moment as staff read it in every language: 2026-11-25 08:40 UTC.</summary>
    public static string Time(DateTimeOffset moment) =>
        moment.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    public static string Format(string format, object value) => string.Format(CultureInfo.InvariantCulture, format, value);
}

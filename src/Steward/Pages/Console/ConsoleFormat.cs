using System.Globalization;

namespace Steward.Pages.Console;

internal static class ConsoleFormat
{
    /// <summary>A moment as staff read it in every language: 2026-11-25 08:40 UTC.</summary>
    public static string Time(DateTimeOffset moment) =>
        moment.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    /// <summary>A moment to the second, as the audit log shows it: 2026-11-25 08:40:07 UTC.</summary>
    public static string Second(DateTimeOffset moment) =>
        moment.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);

    public static string Format(string format, object value) => string.Format(CultureInfo.InvariantCulture, format, value);

    public static string Format(string format, object first, object second) => string.Format(CultureInfo.InvariantCulture, format, first, second);
}

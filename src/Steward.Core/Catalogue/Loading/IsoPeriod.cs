using System.Globalization;
using System.Text.RegularExpressions;

namespace Steward.Core.Catalogue.Loading;

/// <summary>A calendar period in the ISO 8601 duration form used by the catalogue (P3Y, P6M, P30D, P1Y6M).
/// Calendar units matter here: "six months after deregistration" is not 180 days, so TimeSpan
/// (and XmlConvert's xs:duration, which turns months into days) does not fit.</summary>
public readonly partial record struct IsoPeriod(int Years, int Months, int Days)
{
    [GeneratedRegex(@"^P(?!$)(?:(\d{1,4})Y)?(?:(\d{1,4})M)?(?:(\d{1,4})W)?(?:(\d{1,5})D)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    public static bool TryParse(string? text, out IsoPeriod period)
    {
        period = default;
        var match = text is null ? Match.Empty : Pattern().Match(text);
        if (!match.Success) return false;
        int Part(int group) => match.Groups[group].Success ? int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture) : 0;
        period = new IsoPeriod(Part(1), Part(2), Part(3) * 7 + Part(4));
        return true;
    }

    public DateTimeOffset AddTo(DateTimeOffset start) => start.AddYears(Years).AddMonths(Months).AddDays(Days);

    public override string ToString() =>
        this == default ? "P0D"
        : "P" + (Years > 0 ? $"{Years}Y" : "") + (Months > 0 ? $"{Months}M" : "") + (Days > 0 ? $"{Days}D" : "");
}

using System.Globalization;
using Steward.Core.Statistics;

namespace Steward.Consent;

/// <summary>Page views per day as bars, drawn on the server as SVG (no script needed): the coordinates
/// of each bar and the axis labels the page writes out.</summary>
public sealed record ViewsChart(IReadOnlyList<ViewsChart.Bar> Bars, long Max)
{
    public const int Width = 640, Height = 200, Left = 40, Bottom = 24;

    public sealed record Bar(DateOnly Day, long Views, string X, string Y, string BarWidth, string BarHeight);

    public static ViewsChart Of(IReadOnlyList<DailyViews> days)
    {
        ArgumentNullException.ThrowIfNull(days);
        var max = Math.Max(1, days.Count == 0 ? 1 : days.Max(d => d.Views));
        var slot = (Width - Left) / (double)Math.Max(1, days.Count);
        var plot = Height - Bottom - 10;
        return new ViewsChart([.. days.Select((d, i) =>
        {
            var h = plot * d.Views / (double)max;
            return new Bar(d.Day, d.Views, F(Left + i * slot + slot * 0.1), F(Height - Bottom - h), F(slot * 0.8), F(h));
        })], max);
    }

    /// <summary>An SVG text element; the text is escaped (Razor reserves the text tag, so it is written here).</summary>
    public static string Label(int x, int y, string anchor, string text) =>
        $"<text x=\"{x}\" y=\"{y}\" text-anchor=\"{anchor}\" font-size=\"11\" fill=\"#1b1f24\">{System.Net.WebUtility.HtmlEncode(text)}</text>";

    private static string F(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);
}

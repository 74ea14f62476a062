using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Steward.Consent;
using Steward.Core.Catalogue;
using Steward.Core.Catalogue.Model;
using Steward.Core.Statistics;

namespace Steward.Pages.Console;

/// <summary>Page views per site and day, counted without cookies or identifiers (P2.6), as a chart drawn on the server.</summary>
[Authorize(Policy = StatisticsAccess.Policy)]
public sealed class StatisticsModel(VisitReport report, LoadedCatalogue catalogue, TimeProvider time) : PageModel
{
    public const int Days = 30;

    [BindProperty(SupportsGet = true, Name = "site")] public string? SiteId { get; set; }

    public IReadOnlyList<Site> Sites => catalogue.Policy.Sites;
    public Site Site { get; private set; } = null!;
    public ViewsChart Chart { get; private set; } = null!;
    public IReadOnlyList<DailyViews> Daily { get; private set; } = [];
    public IReadOnlyList<(string Page, long Views)> TopPages { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var site = SiteId is null ? (Sites.Count > 0 ? Sites[0] : null) : catalogue.FindSite(SiteId);
        if (site is null) return NotFound();
        Site = site;
        var to = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var from = to.AddDays(-(Days - 1));
        Daily = await report.DailyAsync(site.Id, from, to, ct);
        Chart = ViewsChart.Of(Daily);
        TopPages = await report.TopPagesAsync(site.Id, from, to, 10, ct);
        return Page();
    }
}

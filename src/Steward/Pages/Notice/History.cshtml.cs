using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Steward.Core.Catalogue;
using Steward.Core.Notices;

namespace Steward.Pages.Notice;

public sealed class HistoryModel(LoadedCatalogue catalogue, NoticePublisher notices) : PageModel
{
    public string SiteId { get; private set; } = "";
    public List<NoticeVersion> Versions { get; private set; } = [];
    public string? CurrentVersion { get; private set; }

    public async Task<IActionResult> OnGetAsync(string site, CancellationToken ct)
    {
        if (catalogue.FindSite(site) is null) return NotFound();
        SiteId = site;
        Versions = await notices.HistoryAsync(site, ct);
        CurrentVersion = notices.CurrentVersionOf(site);
        return Page();
    }
}

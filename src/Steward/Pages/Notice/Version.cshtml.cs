using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Steward.Core.Catalogue;
using Steward.Core.Notices;

namespace Steward.Pages.Notice;

public sealed class VersionModel(LoadedCatalogue catalogue, NoticePublisher notices) : PageModel
{
    public NoticeView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string site, string version, CancellationToken ct)
    {
        if (catalogue.FindSite(site) is null || await notices.FindAsync(site, version, ct) is not { } found) return NotFound();
        var current = await notices.CurrentAsync(site, ct);
        View = NoticeView.From(catalogue, found, isCurrent: current?.Id == found.Id);
        return Page();
    }
}

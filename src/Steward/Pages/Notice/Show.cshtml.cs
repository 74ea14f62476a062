using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Steward.Core.Catalogue;
using Steward.Core.Notices;

namespace Steward.Pages.Notice;

public sealed class ShowModel(LoadedCatalogue catalogue, NoticePublisher notices) : PageModel
{
    public NoticeView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string site, CancellationToken ct)
    {
        if (catalogue.FindSite(site) is null || await notices.CurrentAsync(site, ct) is not { } current) return NotFound();
        View = NoticeView.From(catalogue, current, isCurrent: true);
        return Page();
    }
}

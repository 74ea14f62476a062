using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Steward.Careers;
using Steward.Core.Careers;
using Steward.Core.Catalogue;
using Steward.Core.Catalogue.Model;

namespace Steward.Pages.Sites.Careers;

/// <summary>The open positions of one careers site.</summary>
public sealed class IndexModel(LoadedCatalogue catalogue, CollectionPointForm form, JobPostings postings) : PageModel
{
    public Site Site { get; private set; } = null!;
    public IReadOnlyList<JobPosting> Postings { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string site, CancellationToken cancellationToken)
    {
        if (CareersSite.Find(catalogue, form, site) is not { } found) return NotFound();
        Site = found;
        Postings = await postings.OpenOnSiteAsync(site, cancellationToken);
        return Page();
    }
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Steward.Careers;
using Steward.Core.Careers;
using Steward.Core.Catalogue;

namespace Steward.Pages.Sites.Careers;

/// <summary>Where the form leads once an application is stored: the reference, nothing personal.</summary>
public sealed class ReceivedModel(LoadedCatalogue catalogue, CollectionPointForm form, JobPostings postings) : PageModel
{
    public string SiteId => Site.Id;
    public Steward.Core.Catalogue.Model.Site Site { get; private set; } = null!;
    public JobPosting Posting { get; private set; } = null!;
    public string Reference { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string site, Guid posting, string? reference, CancellationToken cancellationToken)
    {
        if (CareersSite.Find(catalogue, form, site) is not { } careers || await postings.FindAsync(posting, cancellationToken) is not { } found || found.SiteId != site) return NotFound();
        if (reference is not { Length: 10 } || !reference.All(char.IsAsciiHexDigitUpper)) return NotFound();
        (Site, Posting, Reference) = (careers, found, reference);
        return Page();
    }
}

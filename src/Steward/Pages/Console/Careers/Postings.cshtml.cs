using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Steward.Careers;
using Steward.Core.Careers;
using Steward.Core.Catalogue;
using Steward.Core.Catalogue.Model;
using Steward.Core.Staff;
using Steward.Staff;

namespace Steward.Pages.Console.Careers;

/// <summary>Recruiters list and create their postings; administrators see every posting.</summary>
[Authorize(Policy = CareersPolicies.ManagePostings)]
public sealed class PostingsModel(JobPostings postings, LoadedCatalogue catalogue, CollectionPointForm form, StaffPermissions permissions, StaffAudit audit) : PageModel
{
    [BindProperty] public PostingForm Input { get; set; } = new() { Open = true };
    public IReadOnlyList<JobPosting> Postings { get; private set; } = [];
    public IReadOnlyList<Site> Sites => [.. CareersSite.All(catalogue, form)];
    public List<string> Errors { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Errors = Input.Problems(Sites.Select(s => s.Id));
        if (Errors.Count == 0)
        {
            var owner = User.FindFirstValue(ClaimTypes.NameIdentifier)!;
            var posting = await postings.CreateAsync(owner, Input.Site, Input.Text, Input.Open, cancellationToken);
            await audit.RecordAsync(StaffAudit.Actor(User), "careers.posting.create", $"posting {posting.Id:n}; site {posting.SiteId}; {(posting.Open ? "open" : "closed")}", cancellationToken: cancellationToken);
            return Redirect(ConsoleLinks.To(CareersLinks.Posting(posting.Id)));
        }
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var everyone = permissions.Administers(User.Roles());
        Postings = await postings.ListAsync(everyone ? null : User.FindFirstValue(ClaimTypes.NameIdentifier), cancellationToken);
    }
}

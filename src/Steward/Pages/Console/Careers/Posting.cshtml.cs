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

/// <summary>The owner of a posting (or an administrator) edits it, opens or closes it.</summary>
[Authorize(Policy = CareersPolicies.ManagePostings)]
public sealed class PostingModel(JobPostings postings, LoadedCatalogue catalogue, CollectionPointForm form, StaffPermissions permissions, StaffAudit audit) : PageModel
{
    [BindProperty] public PostingForm Input { get; set; } = new();
    public JobPosting Posting { get; private set; } = null!;
    public IReadOnlyList<Site> Sites => [.. CareersSite.All(catalogue, form)];
    public List<string> Errors { get; private set; } = [];
    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await MineAsync(id, cancellationToken) is not { } posting) return NotFound();
        Posting = posting;
        Input = PostingForm.From(posting);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await MineAsync(id, cancellationToken) is not { } posting) return NotFound();
        Errors = Input.Problems(Sites.Select(s => s.Id));
        if (Errors.Count == 0)
        {
            await postings.UpdateAsync(id, Input.Site, Input.Text, Input.Open, cancellationToken);
            var change = posting.Open == Input.Open ? "" : Input.Open ? "; opened" : "; closed";
            await audit.RecordAsync(StaffAudit.Actor(User), "careers.posting.update", $"posting {id:n}; site {Input.Site}{change}", cancellationToken: cancellationToken);
            posting = (await postings.FindAsync(id, cancellationToken))!;
            Saved = true;
        }
        Posting = posting;
        return Page();
    }

    /// <summary>The posting, if this member owns it or administers Steward; otherwise it does not exist for them.</summary>
    private async Task<JobPosting?> MineAsync(Guid id, CancellationToken cancellationToken) =>
        await postings.FindAsync(id, cancellationToken) is { } posting
        && (posting.OwnerId == User.FindFirstValue(ClaimTypes.NameIdentifier) || permissions.Administers(User.Roles()))
            ? posting : null;
}

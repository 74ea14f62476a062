using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Steward.Careers;
using Steward.Core.Careers;

namespace Steward.Pages.Console.Careers;

/// <summary>A recruiter's applications: those to their own postings only. The list holds no personal
/// data (posting, time, reference); opening one goes through the gate.</summary>
[Authorize(Policy = CareersPolicies.Recruit)]
public sealed class ApplicationsModel(JobPostings postings) : PageModel
{
    public IReadOnlyList<(JobApplication Application, JobPosting Posting)> Applications { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Applications = await postings.ApplicationsOfOwnerAsync(User.FindFirstValue(ClaimTypes.NameIdentifier)!, cancellationToken);
}

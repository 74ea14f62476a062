using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Steward.Core.Retention;
using Steward.Sharing;
using Steward.Staff;

namespace Steward.Pages.Governance;

/// <summary>What each retention rule will erase now and within 30 days, and legal holds on categories.</summary>
[Authorize(Policy = GovernancePolicy.Name)]
public sealed class RetentionModel(RetentionForecast forecast, RetentionRecords records) : PageModel
{
    [BindProperty] public string Category { get; set; } = "";
    [BindProperty] public string Reason { get; set; } = "";
    [BindProperty] public DateOnly? Until { get; set; }
    [BindProperty] public long HoldId { get; set; }

    public IReadOnlyList<RetentionDue> Due { get; private set; } = [];
    public List<CategoryHold> Holds { get; private set; } = [];
    public string? ProblemField { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostHoldAsync(CancellationToken ct)
    {
        try
        {
            var until = Until is { } day ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : (DateTimeOffset?)null;
            await records.HoldCategoryAsync(StaffAudit.Actor(User).ToString(), Category.Trim(), Reason, until, ct);
            return RedirectToPage(new { lang = Hosting.Localization.Current });
        }
        catch (ArgumentException e)
        {
            ProblemField = e.ParamName == "reason" ? "Reason" : "Category";
            await LoadAsync(ct);
            return Page();
        }
    }

    public async Task<IActionResult> OnPostReleaseAsync(CancellationToken ct)
    {
        await records.ReleaseCategoryHoldAsync(StaffAudit.Actor(User).ToString(), HoldId, ct);
        return RedirectToPage(new { lang = Hosting.Localization.Current });
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Due = await forecast.NextAsync(30, ct);
        Holds = await records.ActiveCategoryHoldsAsync(ct);
    }
}

using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Steward.Core.Breaches;
using Steward.Sharing;
using Steward.Staff;

namespace Steward.Pages.Governance;

/// <summary>The breach register with each breach's clock, and registering a new one.</summary>
[Authorize(Policy = GovernancePolicy.Name)]
public sealed class BreachesModel(BreachRegister register, TimeProvider time) : PageModel
{
    [BindProperty] public string Title { get; set; } = "";
    [BindProperty] public string? AwareAt { get; set; }
    [BindProperty] public string Nature { get; set; } = "";
    [BindProperty] public string Categories { get; set; } = "";

    public List<(Breach Breach, DateTimeOffset Deadline)> All { get; } = [];
    public string? ProblemField { get; private set; }
    public DateTimeOffset Now => time.GetUtcNow();

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var aware = time.GetUtcNow();
        if (!string.IsNullOrWhiteSpace(AwareAt))
        {
            if (!DateTime.TryParse(AwareAt, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
                return await Refuse("AwareAt", ct);
            aware = new DateTimeOffset(parsed, TimeSpan.Zero);
        }
        try
        {
            var id = await register.RegisterAsync(StaffAudit.Actor(User), Title, aware, Nature, GovernanceLinks.Ids(Categories), ct);
            return Redirect(ConsoleLinks.To(GovernanceLinks.Breach(id)));
        }
        catch (BreachException e)
        {
            return await Refuse(e.Field switch { "title" => "Title", "awareAt" => "AwareAt", _ => "Categories" }, ct);
        }
    }

    private async Task<IActionResult> Refuse(string field, CancellationToken ct)
    {
        ProblemField = field;
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        foreach (var breach in await register.AllAsync(ct)) All.Add((breach, await register.DeadlineAsync(breach, ct)));
    }
}

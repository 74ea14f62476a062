using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Steward.Core.Breaches;
using Steward.Core.Catalogue;
using Steward.Sharing;
using Steward.Staff;

namespace Steward.Pages.Governance;

/// <summary>One breach: its clock, the people and categories affected (counts), the draft to the
/// authority in both languages, and each step: information in phases, risk, authority notified
/// (with the reason when late), people notified, closure.</summary>
[Authorize(Policy = GovernancePolicy.Name)]
public sealed class BreachModel(BreachRegister register, BreachNotifier notifier, LoadedCatalogue catalogue, TimeProvider time) : PageModel
{
    [BindProperty] public string Text { get; set; } = "";
    [BindProperty] public BreachRisk Risk { get; set; }
    [BindProperty] public string Reason { get; set; } = "";
    [BindProperty] public string Consequences { get; set; } = "";
    [BindProperty] public string Measures { get; set; } = "";
    [BindProperty] public string Advice { get; set; } = "";
    [BindProperty] public string? LateReason { get; set; }
    [BindProperty] public string ClosingNote { get; set; } = "";

    public Breach Breach { get; private set; } = null!;
    public BreachImpact Impact { get; private set; } = null!;
    public DateTimeOffset Deadline { get; private set; }
    public string DraftEn { get; private set; } = "";
    public string DraftZh { get; private set; } = "";
    public string? ProblemField { get; private set; }
    public string? Message { get; private set; }
    public DateTimeOffset Now => time.GetUtcNow();

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostUpdateAsync(long id, CancellationToken ct) => Step(id, "Text", () => register.AddUpdateAsync(StaffAudit.Actor(User), id, Text, ct), ct);

    public Task<IActionResult> OnPostAssessAsync(long id, CancellationToken ct) =>
        Step(id, "Reason", () => register.AssessAsync(StaffAudit.Actor(User), id, Risk, Reason, Consequences, Measures, Advice, ct), ct);

    public Task<IActionResult> OnPostAuthorityAsync(long id, CancellationToken ct) =>
        Step(id, "LateReason", () => register.RecordAuthorityNotifiedAsync(StaffAudit.Actor(User), id, LateReason, ct), ct);

    public async Task<IActionResult> OnPostPeopleAsync(long id, CancellationToken ct)
    {
        try
        {
            var sent = await notifier.NotifyPeopleAsync(StaffAudit.Actor(User), id, ct);
            Message = ConsoleFormatFor(GovernanceText.Current.PeopleNotified, sent);
        }
        catch (BreachException)
        {
            ProblemField = "People";
        }
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    public Task<IActionResult> OnPostCloseAsync(long id, CancellationToken ct) => Step(id, "ClosingNote", () => register.CloseAsync(StaffAudit.Actor(User), id, ClosingNote, ct), ct);

    private async Task<IActionResult> Step(long id, string field, Func<Task> step, CancellationToken ct)
    {
        try
        {
            await step();
            return Redirect(ConsoleLinks.To(GovernanceLinks.Breach(id)));
        }
        catch (BreachException)
        {
            ProblemField = field;
            return await LoadAsync(id, ct) ? Page() : NotFound();
        }
    }

    private async Task<bool> LoadAsync(long id, CancellationToken ct)
    {
        if (await register.FindAsync(id, ct) is not { } breach) return false;
        Breach = breach;
        Impact = await register.ImpactAsync(id, ct);
        Deadline = await register.DeadlineAsync(breach, ct);
        DraftEn = BreachDraft.Compose(catalogue.Policy, breach, Impact, Deadline, "en");
        DraftZh = BreachDraft.Compose(catalogue.Policy, breach, Impact, Deadline, "zh-CN");
        return true;
    }

    private static string ConsoleFormatFor(string format, int value) => string.Format(System.Globalization.CultureInfo.InvariantCulture, format, value);
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Steward.Core.Catalogue;
using Steward.Core.Consent;
using Steward.Core.Gate;
using Steward.People;

namespace Steward.Pages.Privacy;

/// <summary>The Privacy Center's consents: what the person agreed to and refused, one-click withdrawal
/// that stops the purpose through the gate at once (P6.5), the full history and a receipt for each record.</summary>
[Authorize(Policy = PersonSession.Policy)]
public sealed class ConsentsModel(ConsentReceipts receipts, SubjectControls controls, LoadedCatalogue catalogue) : PageModel
{
    public const string CollectionPoint = "privacy_center";

    public IReadOnlyList<ConsentRecord> History { get; private set; } = [];
    public IReadOnlyList<ConsentRecord> Live { get; private set; } = [];
    public string? WithdrawnPurpose { get; private set; }

    public string PurposeName(string id) =>
        catalogue.Policy.Purposes.FirstOrDefault(p => p.Id == id)?.Name.In(Hosting.Localization.Current) ?? id;

    public async Task OnGetAsync(string? withdrawn, CancellationToken ct)
    {
        WithdrawnPurpose = withdrawn;
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostWithdrawAsync(string? purpose, CancellationToken ct)
    {
        var subject = PersonSession.SubjectOf(User)!.Value;
        await LoadAsync(ct);
        if (purpose is null || !Live.Any(r => r.Purpose == purpose && r.Status == ConsentStatus.Given)) return BadRequest();
        await controls.RecordConsentAsync(ActorRef.Subject(subject), subject, purpose, ConsentStatus.Withdrawn, ConsentChannel.Form,
            new ConsentEvidence(CollectionPoint: CollectionPoint, Language: Hosting.Localization.Current), ct);
        return RedirectToPage(new { withdrawn = purpose, lang = Hosting.Localization.Current });
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        History = await receipts.HistoryAsync(PersonSession.SubjectOf(User)!.Value, ct);
        Live = ConsentReceipts.Live(History);
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Steward.Core.Catalogue.Model;
using Steward.Core.Sharing;
using Steward.Core.Storage;
using Steward.Sharing;
using Steward.Staff;

namespace Steward.Pages.Governance;

/// <summary>The recipients register: the catalogue's recipients and those registered here, their
/// agreements and whether each is in force; registering a recipient or an agreement; recent disclosures.</summary>
[Authorize(Policy = GovernancePolicy.Name)]
public sealed class RecipientsModel(RecipientDirectory directory, RecipientRegister register, StewardDb db, TimeProvider time) : PageModel
{
    [BindProperty] public string Id { get; set; } = "";
    [BindProperty] public RecipientKind Kind { get; set; } = RecipientKind.ServiceProvider;
    [BindProperty] public string NameEn { get; set; } = "";
    [BindProperty] public string NameZh { get; set; } = "";
    [BindProperty] public string Country { get; set; } = "";
    [BindProperty] public string Purposes { get; set; } = "";
    [BindProperty] public string Categories { get; set; } = "";
    [BindProperty] public string Grounds { get; set; } = "";
    [BindProperty] public string AgreementRecipient { get; set; } = "";
    [BindProperty] public AgreementKind AgreementKind { get; set; } = AgreementKind.DataProcessingClauses;
    [BindProperty] public string? Reference { get; set; }
    [BindProperty] public DateOnly? SignedOn { get; set; }
    [BindProperty] public DateOnly? ExpiresOn { get; set; }

    public IReadOnlyList<(Recipient Recipient, bool FromCatalogue)> All { get; private set; } = [];
    public List<Disclosure> Disclosures { get; private set; } = [];
    public IReadOnlyDictionary<string, string> Problems { get; private set; } = new Dictionary<string, string>();
    public bool Saved { get; private set; }
    public DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostRegisterAsync(CancellationToken ct)
    {
        Problems = await register.RegisterAsync(StaffAudit.Actor(User).ToString(),
            new RecipientEntry(Id.Trim(), Kind, NameEn, NameZh, Country.Trim().ToUpperInvariant(), GovernanceLinks.Ids(Purposes), GovernanceLinks.Ids(Categories), GovernanceLinks.Ids(Grounds)), ct);
        Saved = Problems.Count == 0;
        await LoadAsync(ct);
        return Saved ? RedirectToPage(new { lang = Hosting.Localization.Current, saved = 1 }) : Page();
    }

    public async Task<IActionResult> OnPostAgreementAsync(CancellationToken ct)
    {
        if (SignedOn is not { } signed) Problems = new Dictionary<string, string> { ["SignedOn"] = "required" };
        else Problems = await register.AddAgreementAsync(StaffAudit.Actor(User).ToString(), AgreementRecipient, new AgreementEntry(AgreementKind, Reference, signed, ExpiresOn), ct);
        Saved = Problems.Count == 0;
        await LoadAsync(ct);
        return Saved ? RedirectToPage(new { lang = Hosting.Localization.Current, saved = 1 }) : Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Saved |= Request.Query.ContainsKey("saved");
        All = await directory.AllAsync(ct);
        Disclosures = await db.Set<Disclosure>().AsNoTracking().OrderByDescending(d => d.Id).Take(50).ToListAsync(ct);
    }

    public string? Problem(string field) => Problems.ContainsKey(field) ? GovernanceText.Current.Invalid : null;
}

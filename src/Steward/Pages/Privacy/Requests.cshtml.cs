using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Steward.Core.Catalogue;
using Steward.Core.Gate;
using Steward.Core.Requests;
using Steward.Core.Storage;
using Steward.Core.Vault;
using Steward.Hosting;
using Steward.People;
using Steward.Requests;

namespace Steward.Pages.Privacy;

/// <summary>The Privacy Center for a signed-in person: their cases, and a form for a new one (every kind,
/// a correction among them, since their information can be shown here).</summary>
[Authorize(Policy = PersonSession.Policy)]
public sealed class RequestsModel(StewardDb db, RequestCases cases, RequestVault vault, LoadedCatalogue catalogue, RequestReplies replies) : PageModel
{
    [BindProperty] public string? Kind { get; set; }
    [BindProperty] public string? Purpose { get; set; }
    [BindProperty] public string? Field { get; set; }
    [BindProperty] public string? NewValue { get; set; }
    [BindProperty] public string? Destination { get; set; }
    [BindProperty] public string? Details { get; set; }
    [BindProperty] public string? Region { get; set; }
    public List<RightsCase> Cases { get; private set; } = [];
    public IReadOnlyList<VaultValue> Fields { get; private set; } = [];
    public Dictionary<string, string> Errors { get; } = [];

    private Guid Subject => PersonSession.SubjectOf(User)!.Value;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Region ??= RequestForm.DefaultRegion(catalogue);
        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var text = RequestText.Current;
        await LoadAsync(cancellationToken);
        var kind = RequestForm.ParseKind(Kind, Enum.GetValues<RequestKind>());
        if (kind is null) Errors["kind"] = text.KindInvalid;
        var purpose = RequestForm.Purposes(catalogue).FirstOrDefault(p => p.Id == Purpose)?.Id;
        if (kind?.NeedsPurpose() == true && purpose is null) Errors["purpose"] = text.PurposeRequired;
        var field = Fields.FirstOrDefault(f => Key(f) == Field);
        if (kind == RequestKind.Correction && (field is null || string.IsNullOrWhiteSpace(NewValue) || NewValue.Length > 4000)) Errors["field"] = text.FieldRequired;
        else if (kind == RequestKind.Correction && RequestForm.HasControlCharacters(NewValue)) Errors["field"] = text.ControlCharacters;
        if (RequestForm.HasControlCharacters(Details)) Errors["details"] = text.ControlCharacters;
        var destination = RequestForm.GroupServices(catalogue).FirstOrDefault(r => r.Id == Destination)?.Id;
        if (kind == RequestKind.Migration && destination is null) Errors["destination"] = text.DestinationRequired;
        if (!catalogue.Policy.Regions.Any(r => r.Id == Region)) Errors["region"] = text.RegionInvalid;
        if (Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        var details = Details?.Trim();
        var opened = await cases.OpenAsync(new NewCase(kind!.Value, RequestChannel.PrivacyCenter, Subject, Region!, Localization.Current)
        {
            Purpose = kind.Value.NeedsPurpose() ? purpose : null,
            Field = kind == RequestKind.Correction ? Key(field!) : null,
            NewValue = kind == RequestKind.Correction ? NewValue!.Trim() : null,
            Destination = kind == RequestKind.Migration ? destination : null,
            Details = string.IsNullOrEmpty(details) ? null : details[..Math.Min(details.Length, 4000)],
            StartNow = true,
        }, ActorRef.Subject(Subject), cancellationToken);
        if (!opened.Kind.SelfService()) await replies.SendAsync(opened, RequestReplies.Received, ct: cancellationToken);
        return Redirect($"/privacy/requests/{opened.Reference}?lang={Localization.Current}");
    }

    public static string Key(VaultValue value) => value.Name.Length == 0 ? value.Category : $"{value.Category}[{value.Name}]";

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Cases = await db.Set<RightsCase>().AsNoTracking().Where(c => c.SubjectId == Subject).OrderByDescending(c => c.ReceivedAt).ToListAsync(cancellationToken);
        var categories = catalogue.Policy.Purposes.FirstOrDefault(p => p.Id == RequestVault.Purpose)?.Categories ?? [];
        Fields = [.. (await vault.ReadAllAsync(Subject, categories, ActorRef.Subject(Subject), cancellationToken))
            .Where(f => f.Category != RequestVault.NotesCategory)];
    }
}

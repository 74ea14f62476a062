using System.Net.Mail;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Steward.Core.Catalogue;
using Steward.Core.Requests;
using Steward.Hosting;
using Steward.Requests;

namespace Steward.Pages.Privacy;

/// <summary>The public request form: anyone, signed in or not. Posts are rate limited per address;
/// the next page is the same whether or not the address is on file.</summary>
[EnableRateLimiting(RequestServices.IntakeRateLimit)]
public sealed class NewRequestModel(RequestIntake intake, LoadedCatalogue catalogue) : PageModel
{
    [BindProperty] public string? Email { get; set; }
    [BindProperty(SupportsGet = true)] public string? Kind { get; set; }
    [BindProperty] public string? Purpose { get; set; }
    [BindProperty] public string? Region { get; set; }
    public Dictionary<string, string> Errors { get; } = [];

    public void OnGet() => Region ??= RequestForm.DefaultRegion(catalogue);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var text = RequestText.Current;
        var email = Email?.Trim() ?? "";
        if (email.Length is 0 or > 254 || RequestForm.HasControlCharacters(email) || !MailAddress.TryCreate(email, out _)) Errors["email"] = text.EmailInvalid;
        var kind = RequestForm.ParseKind(Kind, RequestForm.PublicKinds);
        if (kind is null) Errors["kind"] = text.KindInvalid;
        var purpose = RequestForm.Purposes(catalogue).FirstOrDefault(p => p.Id == Purpose)?.Id;
        if (kind?.NeedsPurpose() == true && purpose is null) Errors["purpose"] = text.PurposeRequired;
        if (!catalogue.Policy.Regions.Any(r => r.Id == Region)) Errors["region"] = text.RegionInvalid;
        if (Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
        var token = await intake.BeginAsync(email, kind!.Value, kind.Value.NeedsPurpose() ? purpose : null, Region!, Localization.Current, cancellationToken);
        return Redirect($"/privacy/requests/verify/{token}?lang={Localization.Current}");
    }
}

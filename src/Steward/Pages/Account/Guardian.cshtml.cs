using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Steward.Core.Catalogue;
using Steward.Core.Catalogue.Model;
using Steward.Core.Collection;
using Steward.Sites;

namespace Steward.Pages.Account;

/// <summary>Where a parent or guardian agrees to a juvenile's account (P7.1): the link shows what they
/// agree to; only pressing the button records the consent.</summary>
public sealed class GuardianModel(LoadedCatalogue catalogue, GuardianConsents guardians, CollectionService collection) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Token { get; set; }
    [BindProperty(SupportsGet = true, Name = "site")] public string? SiteId { get; set; }
    public Site Site { get; private set; } = null!;
    public bool Open { get; private set; }
    public bool Done { get; private set; }
    public int Age => collection.JuvenileAge(Site.Id) ?? 0;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Resolve();
        Open = Token is { Length: > 0 and < 200 } && await guardians.FindOpenAsync(Token, ct) is not null;
        if (!Open) Response.StatusCode = StatusCodes.Status404NotFound;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Resolve();
        Done = Token is { Length: > 0 and < 200 } && await guardians.ConfirmAsync(Token, ct);
        if (!Done) Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }

    private void Resolve()
    {
        Site = SitePages.SiteFor(catalogue, SiteId);
        ViewData["Site"] = Site;
    }
}

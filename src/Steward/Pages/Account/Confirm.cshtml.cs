using Microsoft.AspNetCore.Mvc.RazorPages;
using Steward.Core.Accounts;
using Steward.Core.Catalogue;
using Steward.Sites;

namespace Steward.Pages.Account;

/// <summary>The link in the confirmation email: confirms the address once.</summary>
public sealed class ConfirmModel(LoadedCatalogue catalogue, AccountService accounts) : PageModel
{
    public bool Confirmed { get; private set; }
    public string SiteId { get; private set; } = "";

    public async Task OnGetAsync(string? token, string? site, CancellationToken ct)
    {
        var found = SitePages.SiteFor(catalogue, site);
        SiteId = found.Id;
        ViewData["Site"] = found;
        Confirmed = token is { Length: > 0 and < 200 } && await accounts.ConfirmEmailAsync(token, ct);
        if (!Confirmed) Response.StatusCode = StatusCodes.Status404NotFound;
    }
}

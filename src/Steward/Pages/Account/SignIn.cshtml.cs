using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Steward.Core.Accounts;
using Steward.Core.Catalogue;
using Steward.Core.Catalogue.Model;
using Steward.Hosting;
using Steward.People;
using Steward.Sites;

namespace Steward.Pages.Account;

/// <summary>Sign-in by email and password; one message for every failure, so it never tells whether
/// an email has an account. Posts are rate limited per client.</summary>
[EnableRateLimiting(SiteServices.IntakeRateLimit)]
public sealed class SignInModel(LoadedCatalogue catalogue, AccountService accounts) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "site")] public string? SiteId { get; set; }
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? Password { get; set; }
    public bool Failed { get; private set; }
    public Site Site { get; private set; } = null!;

    public void OnGet() => Resolve();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Resolve();
        if (await accounts.SignInAsync(Email?.Trim() ?? "", Password ?? "", ct) is { } subject)
        {
            await PersonSession.SignInAsync(HttpContext, subject);
            return Redirect($"/account?site={Site.Id}&lang={Localization.Current}");
        }
        Failed = true;
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        return Page();
    }

    private void Resolve()
    {
        Site = SitePages.SiteFor(catalogue, SiteId);
        ViewData["Site"] = Site;
    }
}

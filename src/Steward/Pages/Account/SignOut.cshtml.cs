using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Steward.Hosting;
using Steward.People;

namespace Steward.Pages.Account;

/// <summary>Signing out is a POST (from the account page), so a link elsewhere cannot sign anyone out.</summary>
public sealed class SignOutModel : PageModel
{
    public IActionResult OnGet() => Redirect("/account/sign-in?lang=" + Localization.Current);

    public async Task<IActionResult> OnPostAsync([FromQuery] string? site)
    {
        await PersonSession.SignOutAsync(HttpContext);
        return Redirect($"/account/sign-in?site={Uri.EscapeDataString(site ?? "")}&lang={Localization.Current}");
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Steward.Core.Staff;
using Steward.Staff;

namespace Steward.Pages.Console;

/// <summary>Signing out is a form post (with its antiforgery token), so no link can sign anyone out.</summary>
[Authorize]
public sealed class SignOutModel(SignInManager<StaffUser> signIn, StaffAudit audit) : PageModel
{
    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await audit.RecordAsync(StaffAudit.Actor(User), "staff.sign_out", cancellationToken: cancellationToken);
        await signIn.SignOutAsync();
        return Redirect(ConsoleLinks.To(ConsoleLinks.SignIn));
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Steward.Core.Gate;
using Steward.Core.Staff;
using Steward.Staff;

namespace Steward.Pages.Console;

/// <summary>The second step of sign-in for members with two-factor sign-in on: the authenticator's code.
/// Wrong codes count towards lockout, as wrong passwords do.</summary>
[AllowAnonymous]
[EnableRateLimiting(StaffServices.SignInRateLimit)]
public sealed class SignInCodeModel(SignInManager<StaffUser> signIn, StaffAudit audit) : PageModel
{
    [BindProperty] public string? Code { get; set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? Redirect(ConsoleLinks.To(ConsoleLinks.SignIn)) : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is not { } user) return Redirect(ConsoleLinks.To(ConsoleLinks.SignIn));
        // Authenticator codes are six digits; anything longer is a recovery code (Identity's form: XXXXX-XXXXX).
        var code = TwoFactorModel.Normalize(Code);
        var recovery = code.Length > 6;
        var result = recovery
            ? await signIn.TwoFactorRecoveryCodeSignInAsync(code.Insert(Math.Min(5, code.Length), "-").ToUpperInvariant())
            : await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false);
        var actor = ActorRef.Staff(user.Id);
        if (result.Succeeded)
        {
            await audit.RecordAsync(actor, "staff.sign_in", recovery ? "password and recovery code" : "password and authenticator code", "allowed", cancellationToken);
            return Redirect(ConsoleLinks.To(SignInModel.LocalOrHome(ReturnUrl)));
        }
        await audit.RecordAsync(actor, "staff.sign_in", result.IsLockedOut ? "locked_out" : "wrong_code", "denied", cancellationToken);
        Error = result.IsLockedOut ? ConsoleText.Current.LockedOut : ConsoleText.Current.CodeFailed;
        return Page();
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Steward.Core.Gate;
using Steward.Core.Staff;
using Steward.Staff;

namespace Steward.Pages.Console;

/// <summary>Email and password. Wrong passwords count towards lockout; posts are rate limited per address.</summary>
[AllowAnonymous]
[EnableRateLimiting(StaffServices.SignInRateLimit)]
public sealed class SignInModel(SignInManager<StaffUser> signIn, UserManager<StaffUser> users, StaffAudit audit) : PageModel
{
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? Password { get; set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    public string? Error { get; private set; }

    public IActionResult OnGet() =>
        User.Identity?.IsAuthenticated == true ? Redirect(ConsoleLinks.To(ConsoleLinks.Home)) : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var text = ConsoleText.Current;
        var user = string.IsNullOrWhiteSpace(Email) ? null : await users.FindByEmailAsync(Email.Trim());
        if (user is null || string.IsNullOrEmpty(Password))
        {
            // As slow as checking a real password, so the answer's timing does not tell who has an account.
            users.PasswordHasher.VerifyHashedPassword(new StaffUser(), UnknownMemberHash.Value, Password ?? "");
            Error = text.SignInFailed;
            return Page();
        }
        var result = await signIn.PasswordSignInAsync(user, Password, isPersistent: false, lockoutOnFailure: true);
        var actor = ActorRef.Staff(user.Id);
        if (result.Succeeded)
        {
            await audit.RecordAsync(actor, "staff.sign_in", "password", "allowed", cancellationToken);
            return Redirect(ConsoleLinks.To(LocalOrHome(ReturnUrl)));
        }
        if (result.RequiresTwoFactor)
        {
            return Redirect(ConsoleLinks.To(ConsoleLinks.SignInCode + "?returnUrl=" + Uri.EscapeDataString(LocalOrHome(ReturnUrl))));
        }
        await audit.RecordAsync(actor, "staff.sign_in", result.IsLockedOut ? "locked_out" : result.IsNotAllowed ? "disabled" : "wrong_password", "denied", cancellationToken);
        Error = result.IsLockedOut ? text.LockedOut : text.SignInFailed;
        return Page();
    }

    private static readonly Lazy<string> UnknownMemberHash = new(() => new PasswordHasher<StaffUser>().HashPassword(new StaffUser(), Guid.NewGuid().ToString()));

    /// <summary>Only addresses inside the Console: a sign-in link cannot send anyone elsewhere.</summary>
    internal static string LocalOrHome(string? returnUrl)
    {
        if (string.IsNullOrEmpty(returnUrl) || !returnUrl.StartsWith(ConsoleLinks.Home, StringComparison.Ordinal) || returnUrl.Contains("//", StringComparison.Ordinal) || returnUrl.Contains('\\', StringComparison.Ordinal))
            return ConsoleLinks.Home;
        // The language is added again by the caller.
        var query = returnUrl.IndexOf('?', StringComparison.Ordinal);
        return query < 0 ? returnUrl : returnUrl[..query];
    }
}

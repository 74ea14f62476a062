using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using QRCoder;
using Steward.Core.Catalogue;
using Steward.Core.Staff;
using Steward.Staff;

namespace Steward.Pages.Console;

/// <summary>Enrolment in two-factor sign-in with Identity's authenticator (TOTP) provider: the member
/// adds the shared key to an app and proves it with one code. Open to any signed-in member, since a
/// member whose role requires two factors is sent here before any other Console page.</summary>
[Authorize]
[EnableRateLimiting(StaffServices.SignInRateLimit)]
public sealed class TwoFactorModel(UserManager<StaffUser> users, SignInManager<StaffUser> signIn, LoadedCatalogue catalogue, StaffAudit audit) : PageModel
{
    [BindProperty] public string? Code { get; set; }
    public bool Enabled { get; private set; }
    public string SharedKey { get; private set; } = "";
    public string AuthenticatorUri { get; private set; } = "";
    public string QrCode { get; private set; } = "";
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        Enabled = user.TwoFactorEnabled && User.HasSecondFactor();
        if (!Enabled) await LoadKeyAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        var valid = await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, Normalize(Code));
        if (!valid)
        {
            Error = ConsoleText.Current.CodeFailed;
            await LoadKeyAsync(user);
            return Page();
        }
        await users.SetTwoFactorEnabledAsync(user, true);
        // The code just given is a second factor: sign in again with that on record.
        await signIn.SignInWithClaimsAsync(user, isPersistent: false, [new Claim(StaffPolicies.MultiFactorClaim, StaffPolicies.MultiFactorValue)]);
        await audit.RecordAsync(Steward.Core.Gate.ActorRef.Staff(user.Id, [.. await users.GetRolesAsync(user)]), "staff.two_factor.enrol", cancellationToken: cancellationToken);
        return Redirect(ConsoleLinks.To(ConsoleLinks.Home));
    }

    private async Task LoadKeyAsync(StaffUser user)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user) ?? throw new InvalidOperationException("Identity gave no authenticator key.");
            // A new key changes the security stamp: renew this sign-in so it stays valid.
            await signIn.RefreshSignInAsync(user);
        }
        SharedKey = string.Join(' ', key.ToLowerInvariant().Chunk(4).Select(c => new string(c)));
        var issuer = catalogue.Policy.Organisation.Name.In("en") + " Steward";
        AuthenticatorUri = $"otpauth://totp/{Uri.EscapeDataString(issuer)}:{Uri.EscapeDataString(user.Email ?? user.Id)}?secret={key}&issuer={Uri.EscapeDataString(issuer)}&digits=6";
        using var qr = QRCodeGenerator.GenerateQrCode(AuthenticatorUri, QRCodeGenerator.ECCLevel.M);
        QrCode = "data:image/png;base64," + Convert.ToBase64String(new PngByteQRCode(qr).GetGraphic(5));
    }

    /// <summary>The code as typed, without the spaces and dashes apps show in it.</summary>
    internal static string Normalize(string? code) =>
        (code ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
}

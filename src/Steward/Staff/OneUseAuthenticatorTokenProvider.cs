using System.Globalization;
using Microsoft.AspNetCore.Identity;
using OtpNet;
using Steward.Core.Staff;

namespace Steward.Staff;

/// <summary>Authenticator-app codes (RFC 6238: 30-second steps, one step of clock drift either way)
/// that work once: the time step of the last accepted code is kept with the member, and a code of
/// that step or an earlier one is refused, so a code seen over a shoulder or in a proxy log cannot
/// be replayed within its window. Identity's own provider accepts a code again until it expires.</summary>
public sealed class OneUseAuthenticatorTokenProvider(TimeProvider time) : IUserTwoFactorTokenProvider<StaffUser>
{
    public const string Name = "steward-authenticator";
    private const string TokenStore = "Steward";
    private const string LastStep = "LastAuthenticatorStep";

    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<StaffUser> manager, StaffUser user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        return !string.IsNullOrWhiteSpace(await manager.GetAuthenticatorKeyAsync(user));
    }

    /// <summary>Codes come from the member's app, never from Steward.</summary>
    public Task<string> GenerateAsync(string purpose, UserManager<StaffUser> manager, StaffUser user) => Task.FromResult(string.Empty);

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<StaffUser> manager, StaffUser user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        if (await manager.GetAuthenticatorKeyAsync(user) is not { Length: > 0 } key) return false;
        if (token is not { Length: 6 } || !token.All(char.IsAsciiDigit)) return false;

        var totp = new Totp(Base32Encoding.ToBytes(key));
        if (!totp.VerifyTotp(time.GetUtcNow().UtcDateTime, token, out var step, new VerificationWindow(previous: 1, future: 1))) return false;

        var last = await manager.GetAuthenticationTokenAsync(user, TokenStore, LastStep);
        if (long.TryParse(last, NumberStyles.None, CultureInfo.InvariantCulture, out var lastStep) && step <= lastStep) return false;
        var stored = await manager.SetAuthenticationTokenAsync(user, TokenStore, LastStep, step.ToString(CultureInfo.InvariantCulture));
        return stored.Succeeded;
    }
}

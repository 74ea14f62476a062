using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Steward.Core.Staff;
using Steward.Tests.Infrastructure;
using static Steward.Tests.Staff.ConsoleBrowser;

namespace Steward.Tests.Staff;

/// <summary>Signing in with an email that has no account does the same work as a wrong password, so
/// the time of the answer does not tell whether the email has an account.</summary>
public sealed class SignInTimingTests
{
    [Fact]
    public async Task An_unknown_email_costs_a_password_check_like_a_known_one()
    {
        var hasher = new CountingHasher();
        await using var server = await StewardServer.StartAsync(
            settings: new Dictionary<string, string?> { ["Steward:Staff:SignInPermitLimit"] = "10000" },
            services: s => s.AddSingleton<IPasswordHasher<StaffUser>>(hasher));
        using var browser = new ConsoleBrowser(server);

        var page = await browser.SubmitAsync("/console/sign-in", [Field("email", "nobody@example.org"), Field("password", "a guess of some length")]);

        Assert.Contains("The email or the password is not right.", page.Html, StringComparison.Ordinal);
        Assert.Equal(1, hasher.Verifications);
    }

    private sealed class CountingHasher : IPasswordHasher<StaffUser>
    {
        private readonly PasswordHasher<StaffUser> _inner = new();
        private int _verifications;
        public int Verifications => _verifications;

        public string HashPassword(StaffUser user, string password) => _inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(StaffUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref _verifications);
            return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}

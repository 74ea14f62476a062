using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Steward.Core.Email;
using Steward.Core.Staff;
using Steward.Core.Storage;
using Steward.Core.Vault;

namespace Steward.Core.Requests;

/// <summary>The public request form's verification (P6.2): a one-time code goes to the address typed,
/// only when it is an address on file. The page that follows is the same either way, so the form
/// tells nobody whether Steward holds data on an address, and it comes as fast either way: the code
/// email goes to <see cref="IntakeMail"/>, not out over the wire while the person waits. Telephone codes need an SMS provider, which
/// Steward does not have: codes go by email only.</summary>
public sealed class RequestIntake(StewardDb db, VaultReader reader, EmailComposer composer, IntakeMail mail, TimeProvider clock)
{
    public static readonly TimeSpan CodeLifetime = TimeSpan.FromMinutes(15);
    public const int MaxAttempts = 5;

    /// <summary>Starts a verification; returns the token of the page where the code is entered.</summary>
    public async Task<string> BeginAsync(string email, RequestKind kind, string? purpose, string region, string language, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(email);
        var subjects = await reader.FindByEmailAsync(email, ct);
        Guid? subject = subjects.Count > 0 ? subjects[^1] : null;
        var token = SecretToken.New();
        var code = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
        db.Add(new RequestVerification
        {
            TokenHash = SecretToken.Hash(token),
            CodeHash = subject is null ? RandomNumberGenerator.GetBytes(32) : CodeHash(token, code),
            SubjectId = subject, Kind = kind, Purpose = purpose, Region = region, Language = language,
            ExpiresAt = clock.GetUtcNow() + CodeLifetime,
        });
        await db.SaveChangesAsync(ct);
        if (subject is not null)
        {
            var t = IntakeText.For(language);
            mail.TryQueue(composer.Compose(email.Trim(), t.CodeSubject, string.Format(System.Globalization.CultureInfo.InvariantCulture, t.CodeBody, code, (int)CodeLifetime.TotalMinutes), null, language));
        }
        return token;
    }

    public async Task<VerificationResult> VerifyAsync(string token, string code, CancellationToken ct = default)
    {
        var hash = SecretToken.Hash(token ?? "");
        var verification = await db.Set<RequestVerification>().SingleOrDefaultAsync(v => v.TokenHash == hash, ct);
        if (verification is null || verification.UsedAt is not null) return new(VerificationOutcome.Unknown, null);
        if (clock.GetUtcNow() > verification.ExpiresAt) return new(VerificationOutcome.Expired, verification);
        if (verification.Attempts >= MaxAttempts) return new(VerificationOutcome.TooManyAttempts, verification);
        verification.Attempts++;
        var ok = verification.SubjectId is not null
            && CryptographicOperations.FixedTimeEquals(verification.CodeHash, CodeHash(token!, (code ?? "").Trim()));
        if (ok) verification.UsedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return new(ok ? VerificationOutcome.Verified : VerificationOutcome.WrongCode, verification);
    }

    /// <summary>Whether the token names a verification still waiting for its code.</summary>
    public async Task<bool> PendingAsync(string token, CancellationToken ct = default)
    {
        var hash = SecretToken.Hash(token ?? "");
        return await db.Set<RequestVerification>().AnyAsync(v => v.TokenHash == hash && v.UsedAt == null, ct);
    }

    private static byte[] CodeHash(string token, string code) => SHA256.HashData(Encoding.UTF8.GetBytes(token + ":" + code));
}

public enum VerificationOutcome { Verified, WrongCode, Expired, TooManyAttempts, Unknown }

public sealed record VerificationResult(VerificationOutcome Outcome, RequestVerification? Verification);

/// <summary>The code email's words.</summary>
public sealed record IntakeText
{
    public required string CodeSubject { get; init; }
    public required string CodeBody { get; init; }

    public static IntakeText For(string language) => language == "zh-CN" ? Zh : En;

    public static readonly IntakeText En = new()
    {
        CodeSubject = "Your code for your privacy request",
        CodeBody = "Your code is {0}. Enter it on the page where you made your request; it works for {1} minutes.\n\nIf you did not ask for it, ignore this message: nothing happens without the code.",
    };

    public static readonly IntakeText Zh = new()
    {
        CodeSubject = "您的隐私请求验证码",
        CodeBody = "您的验证码是 {0}。请在提交请求的页面输入，{1} 分钟内有效。\n\n如非您本人操作，请忽略本邮件：没有验证码，我们不会采取任何行动。",
    };
}

using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Steward.Core.Audit;
using Steward.Core.Collection;
using Steward.Core.Gate;
using Steward.Core.Retention;
using Steward.Core.Storage;
using Steward.Core.Vault;

namespace Steward.Core.Accounts;

/// <summary>Site accounts (P2.1, P5.2, P5.4): registration through the account collection point,
/// email confirmation, sign-in by email and password, deregistration through the vault.</summary>
public sealed class AccountService(StewardDb db, CollectionService collection, GuardianConsents guardians, VaultReader reader,
    VaultWriter vault, SubjectStateStore states, IAuditTrail audit, TimeProvider clock, RetentionRecords retention)
{
    public const string PointId = "account_registration";
    private static readonly PasswordHasher<PersonAccount> Hasher = new();
    // Verified when no account matches, so a wrong email takes as long as a wrong password.
    private static readonly string DummyHash = Hasher.HashPassword(new PersonAccount { PasswordHash = "" }, "not-a-password-" + Guid.NewGuid());

    /// <summary>Registers a valid form. When the email already has an account nothing is stored and the
    /// outcome says so, for an email to that address only (the page shows the same words either way).</summary>
    public async Task<Registration> RegisterAsync(FormSubmission submission, ValidatedForm form, string? guardianEmail, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        var email = form.Clean["email"];
        if (await AccountOfEmailAsync(email, ct) is not null) return new Registration(RegistrationKind.EmailTaken, Guid.Empty, null, null);
        var result = await collection.CollectAsync(submission, form, ct: ct);
        if (result.Repeated) return new Registration(RegistrationKind.Repeated, result.SubjectId, null, null);
        var token = LinkTokens.New();
        var account = new PersonAccount { SubjectId = result.SubjectId, PasswordHash = "", CreatedAt = clock.GetUtcNow(), ConfirmTokenHash = LinkTokens.Hash(token) };
        account.PasswordHash = Hasher.HashPassword(account, form.Clean["password"]);
        db.Add(account);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        string? guardianToken = null;
        if (result.Juvenile)
        {
            guardianToken = await guardians.RequestAsync(result.SubjectId, guardianEmail ?? throw new ArgumentException("A juvenile's registration needs a guardian's email.", nameof(guardianEmail)), ct);
        }
        await audit.AppendAsync(new AuditRecord(ActorRef.Subject(result.SubjectId).ToString(), "account.registered", result.SubjectId, "account", null, result.Juvenile ? "pending guardian" : null), ct);
        return new Registration(result.Juvenile ? RegistrationKind.PendingGuardian : RegistrationKind.Created, result.SubjectId, token, guardianToken);
    }

    /// <summary>Confirms the email address a link was sent to; false for an unknown or used link.</summary>
    public async Task<bool> ConfirmEmailAsync(string token, CancellationToken ct = default)
    {
        var hash = LinkTokens.Hash(token);
        var account = await db.Set<PersonAccount>().FirstOrDefaultAsync(a => a.ConfirmTokenHash == hash, ct);
        if (account is null) return false;
        account.ConfirmTokenHash = null;
        account.EmailConfirmedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        await audit.AppendAsync(new AuditRecord(ActorRef.Subject(account.SubjectId).ToString(), "account.email_confirmed", account.SubjectId, "account", null, null), ct);
        return true;
    }

    /// <summary>The subject when the email and password match a confirmed account that no guardian
    /// still has to approve; otherwise null, whatever the reason (the page says one thing for all).</summary>
    public async Task<Guid?> SignInAsync(string email, string password, CancellationToken ct = default)
    {
        var account = await AccountOfEmailAsync(email, ct);
        if (account is null)
        {
            Hasher.VerifyHashedPassword(new PersonAccount { PasswordHash = DummyHash }, DummyHash, password ?? "");
            return null;
        }
        var verified = Hasher.VerifyHashedPassword(account, account.PasswordHash, password ?? "") != PasswordVerificationResult.Failed;
        var usable = verified && account.EmailConfirmedAt is not null && !await guardians.IsPendingAsync(account.SubjectId, ct)
            && states.Find(account.SubjectId) is { } state && (!state.Juvenile || state.GuardianConsent);
        await audit.AppendAsync(new AuditRecord(ActorRef.Subject(account.SubjectId).ToString(), "account.sign_in", account.SubjectId, "account", usable ? "allowed" : "denied", null), ct);
        // A sign-in is the person's latest activity: periods counted from last activity start again.
        if (usable) await retention.RecordEventAsync(account.SubjectId, Catalogue.Model.RetentionEvent.LastActivity, ct: ct);
        return usable ? account.SubjectId : null;
    }

    public Task<bool> HasAccountAsync(Guid subjectId, CancellationToken ct = default) =>
        db.Set<PersonAccount>().AnyAsync(a => a.SubjectId == subjectId, ct);

    /// <summary>Closes the account (the service stops at once: the credentials go first), then erases
    /// the subject through the vault. A legal hold keeps the data: the outcome names the hold's reasons.</summary>
    public async Task<Deregistration> DeregisterAsync(Guid subjectId, CancellationToken ct = default)
    {
        var actor = ActorRef.Subject(subjectId);
        await db.Set<PersonAccount>().Where(a => a.SubjectId == subjectId).ExecuteDeleteAsync(ct);
        await audit.AppendAsync(new AuditRecord(actor.ToString(), "account.deregistered", subjectId, "account", null, null), ct);
        // What a legal hold keeps now, retention erases once the hold ends (periods from deregistration).
        await retention.RecordEventAsync(subjectId, Catalogue.Model.RetentionEvent.Deregistration, ct: ct);
        try
        {
            await vault.EraseSubjectAsync(subjectId, actor, "deregistration (P5.4)", ct);
            return new Deregistration(true, []);
        }
        catch (LegalHoldException)
        {
            var reasons = await db.Set<LegalHold>().AsNoTracking().Where(h => h.SubjectId == subjectId && h.ReleasedAt == null)
                .Select(h => h.Reason).ToListAsync(ct);
            return new Deregistration(false, reasons);
        }
    }

    private async Task<PersonAccount?> AccountOfEmailAsync(string email, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(email)) return null;
        var subjects = await reader.FindByEmailAsync(email, ct);
        if (subjects.Count == 0) return null;
        return await db.Set<PersonAccount>().AsNoTracking().FirstOrDefaultAsync(a => subjects.Contains(a.SubjectId), ct);
    }
}

public enum RegistrationKind { Created, PendingGuardian, EmailTaken, Repeated }

/// <param name="ConfirmToken">For the confirmation link emailed to the person.</param>
/// <param name="GuardianToken">For the link emailed to the guardian, when the person is a juvenile.</param>
public sealed record Registration(RegistrationKind Kind, Guid SubjectId, string? ConfirmToken, string? GuardianToken);

/// <param name="Erased">All personal data erased; otherwise a legal hold keeps it, for <paramref name="HoldReasons"/>.</param>
public sealed record Deregistration(bool Erased, IReadOnlyList<string> HoldReasons);

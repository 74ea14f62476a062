using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Steward.Core.Audit;
using Steward.Core.Gate;
using Steward.Core.Storage;
using Steward.Core.Vault;

namespace Steward.Core.Collection;

/// <summary>A juvenile's data stays unused until a parent or guardian confirms through an emailed link
/// (P7.1); unconfirmed data is erased after the wait (P7.3), and staff can erase at once data found
/// to come from a juvenile without consent.</summary>
public sealed partial class GuardianConsents(StewardDb db, VaultWriter vault, SubjectControls controls, IAuditTrail audit,
    IOptions<CollectionOptions> options, TimeProvider clock, ILogger<GuardianConsents> logger)
{
    public const string GuardianKind = "guardian";

    /// <summary>Stores the guardian's address as a guardian subject and opens the wait; returns the link token.</summary>
    public async Task<string> RequestAsync(Guid juvenileId, string guardianEmail, CancellationToken ct = default)
    {
        var guardianId = await vault.CreateSubjectAsync(GuardianKind, [new VaultValue("contact.email", guardianEmail.Trim())], ActorRef.Steward("guardian-consent"), ct);
        var token = LinkTokens.New();
        var now = clock.GetUtcNow();
        db.Add(new PendingGuardianConsent
        {
            JuvenileId = juvenileId, GuardianId = guardianId, TokenHash = LinkTokens.Hash(token),
            RequestedAt = now, ExpiresAt = now.AddDays(options.Value.GuardianWaitDays),
        });
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        await audit.AppendAsync(new AuditRecord("steward:guardian-consent", "guardian.requested", juvenileId, "guardian_consent", null, null), ct);
        return token;
    }

    /// <summary>The open request a link's token names, or null when unknown, used, erased or expired.</summary>
    public async Task<PendingGuardianConsent?> FindOpenAsync(string token, CancellationToken ct = default)
    {
        var hash = LinkTokens.Hash(token);
        var now = clock.GetUtcNow();
        var found = await db.Set<PendingGuardianConsent>().AsNoTracking().FirstOrDefaultAsync(p => p.TokenHash == hash, ct);
        return found is { ConfirmedAt: null, ErasedAt: null } && found.ExpiresAt > now ? found : null;
    }

    /// <summary>Whether the juvenile still waits for a guardian.</summary>
    public Task<bool> IsPendingAsync(Guid juvenileId, CancellationToken ct = default) =>
        db.Set<PendingGuardianConsent>().AnyAsync(p => p.JuvenileId == juvenileId && p.ConfirmedAt == null && p.ErasedAt == null, ct);

    /// <summary>Records the guardian's consent for the juvenile the token names; false when the link is not open.</summary>
    public async Task<bool> ConfirmAsync(string token, CancellationToken ct = default)
    {
        if (await FindOpenAsync(token, ct) is not { } open) return false;
        await controls.RecordGuardianConsentAsync(ActorRef.Subject(open.GuardianId), open.JuvenileId, ct);
        await db.Set<PendingGuardianConsent>().Where(p => p.Id == open.Id)
            .ExecuteUpdateAsync(p => p.SetProperty(x => x.ConfirmedAt, clock.GetUtcNow()), ct);
        return true;
    }

    /// <summary>Erases every juvenile (and their guardian's address) still unconfirmed after the wait.
    /// Returns how many were erased.</summary>
    public async Task<int> SweepAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var expired = await db.Set<PendingGuardianConsent>().AsNoTracking()
            .Where(p => p.ConfirmedAt == null && p.ErasedAt == null && p.ExpiresAt <= now).ToListAsync(ct);
        var erased = 0;
        foreach (var pending in expired)
        {
            if (await EraseAsync(pending, ActorRef.Steward("guardian-sweep"), "no guardian consent in time (P7.3)", ct)) erased++;
        }
        return erased;
    }

    /// <summary>Staff found that a subject's data came from a juvenile without a guardian's consent:
    /// erased at once, with any guardian request (P7.3). Audited as the staff member's action.</summary>
    public async Task EraseCollectedWithoutConsentAsync(Guid subjectId, ActorRef staff, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(staff);
        await audit.AppendAsync(new AuditRecord(staff.ToString(), "juvenile.without_consent", subjectId, null, null, "marked by staff"), ct);
        var pending = await db.Set<PendingGuardianConsent>().AsNoTracking().Where(p => p.JuvenileId == subjectId && p.ErasedAt == null).ToListAsync(ct);
        foreach (var p in pending) await EraseAsync(p, staff, "juvenile's data without guardian consent (P7.3)", ct);
        if (pending.Count == 0) await vault.EraseSubjectAsync(subjectId, staff, "juvenile's data without guardian consent (P7.3)", ct);
    }

    private async Task<bool> EraseAsync(PendingGuardianConsent pending, ActorRef actor, string reason, CancellationToken ct)
    {
        try
        {
            await EraseIfPresentAsync(pending.JuvenileId, actor, reason, ct);
            await EraseIfPresentAsync(pending.GuardianId, actor, reason, ct);
        }
        catch (LegalHoldException)
        {
            LogHeld(logger, pending.JuvenileId);
            return false;
        }
        await db.Set<PendingGuardianConsent>().Where(p => p.Id == pending.Id)
            .ExecuteUpdateAsync(p => p.SetProperty(x => x.ErasedAt, clock.GetUtcNow()), ct);
        return true;
    }

    private async Task EraseIfPresentAsync(Guid subjectId, ActorRef actor, string reason, CancellationToken ct)
    {
        if (await db.Set<DataSubject>().AnyAsync(s => s.Id == subjectId && s.ErasedAt == null, ct))
            await vault.EraseSubjectAsync(subjectId, actor, reason, ct);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Juvenile subject {SubjectId} waits past its time but a legal hold keeps it")]
    private static partial void LogHeld(ILogger logger, Guid subjectId);
}

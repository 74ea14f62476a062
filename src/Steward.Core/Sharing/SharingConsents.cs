using Microsoft.EntityFrameworkCore;
using Steward.Core.Audit;
using Steward.Core.Gate;
using Steward.Core.Storage;

namespace Steward.Core.Sharing;

/// <summary>A person's consents to a recipient: given, withdrawn, and whether one is live.</summary>
public sealed class SharingConsents(StewardDb db, IAuditTrail audit, TimeProvider time)
{
    public async Task GiveAsync(ActorRef actor, Guid subjectId, string recipient, SharingConsentScope scope, CancellationToken ct = default)
    {
        db.Set<SharingConsent>().Add(new SharingConsent { SubjectId = subjectId, Recipient = recipient, Scope = scope, GivenAt = time.GetUtcNow() });
        await db.SaveChangesAsync(ct);
        await audit.AppendAsync(new AuditRecord(actor.ToString(), $"sharing.consent.{Name(scope)}", subjectId, null, "given", recipient), ct);
    }

    public async Task WithdrawAsync(ActorRef actor, Guid subjectId, string recipient, SharingConsentScope scope, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        await db.Set<SharingConsent>().Where(c => c.SubjectId == subjectId && c.Recipient == recipient && c.Scope == scope && c.WithdrawnAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.WithdrawnAt, now), ct);
        await audit.AppendAsync(new AuditRecord(actor.ToString(), $"sharing.consent.{Name(scope)}", subjectId, null, "withdrawn", recipient), ct);
    }

    public Task<bool> IsLiveAsync(Guid subjectId, string recipient, SharingConsentScope scope, CancellationToken ct = default) =>
        db.Set<SharingConsent>().AnyAsync(c => c.SubjectId == subjectId && c.Recipient == recipient && c.Scope == scope && c.WithdrawnAt == null, ct);

    private static string Name(SharingConsentScope scope) => scope.ToString().ToLowerInvariant();
}

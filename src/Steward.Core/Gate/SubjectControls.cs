using Microsoft.EntityFrameworkCore;
using Steward.Core.Audit;
using Steward.Core.Consent;
using Steward.Core.Storage;

namespace Steward.Core.Gate;

/// <summary>The changes a person (or staff on their behalf) makes to how their data may be used:
/// consent given, refused or withdrawn; restriction and objection per purpose; and the legal holds and
/// guardian consents staff record. Each is stored, then applied to the gate's state, then audited.</summary>
public sealed class SubjectControls(StewardDb db, SubjectStateStore states, CompiledPolicy policy, IAuditTrail audit, TimeProvider time)
{
    public Task GiveConsentAsync(ActorRef actor, Guid subjectId, string purpose, ConsentChannel channel, string? noticeVersion = null, string? language = null, CancellationToken ct = default) =>
        RecordConsentAsync(actor, subjectId, purpose, ConsentStatus.Given, channel, new ConsentEvidence(NoticeVersion: noticeVersion, Language: language), ct);

    public Task RefuseConsentAsync(ActorRef actor, Guid subjectId, string purpose, ConsentChannel channel, string? noticeVersion = null, string? language = null, CancellationToken ct = default) =>
        RecordConsentAsync(actor, subjectId, purpose, ConsentStatus.Refused, channel, new ConsentEvidence(NoticeVersion: noticeVersion, Language: language), ct);

    /// <summary>Stops the purpose at once; what was done before stays lawful, and other bases are untouched (P6.5).</summary>
    public Task WithdrawConsentAsync(ActorRef actor, Guid subjectId, string purpose, ConsentChannel channel, CancellationToken ct = default) =>
        RecordConsentAsync(actor, subjectId, purpose, ConsentStatus.Withdrawn, channel, new ConsentEvidence(), ct);

    public async Task LimitAsync(ActorRef actor, Guid subjectId, string purpose, ProcessingLimitKind kind, CancellationToken ct = default)
    {
        var (state, index) = Resolve(subjectId, purpose);
        db.Set<ProcessingLimit>().Add(new ProcessingLimit { SubjectId = subjectId, Purpose = purpose, Kind = kind, Since = time.GetUtcNow() });
        await db.SaveChangesAsync(ct);
        (kind == ProcessingLimitKind.Restriction ? state.Restricted : state.Objected).Set(index);
        await audit.AppendAsync(new AuditRecord(actor.ToString(), $"subject.{kind.ToString().ToLowerInvariant()}", subjectId, purpose, null, null), ct);
    }

    public async Task LiftAsync(ActorRef actor, Guid subjectId, string purpose, ProcessingLimitKind kind, CancellationToken ct = default)
    {
        var (state, index) = Resolve(subjectId, purpose);
        var now = time.GetUtcNow();
        var open = await db.Set<ProcessingLimit>()
            .Where(l => l.SubjectId == subjectId && l.Purpose == purpose && l.Kind == kind && l.LiftedAt == null).ToListAsync(ct);
        open.ForEach(l => l.LiftedAt = now);
        await db.SaveChangesAsync(ct);
        (kind == ProcessingLimitKind.Restriction ? state.Restricted : state.Objected).Set(index, false);
        await audit.AppendAsync(new AuditRecord(actor.ToString(), $"subject.{kind.ToString().ToLowerInvariant()}.lift", subjectId, purpose, null, null), ct);
    }

    public async Task<long> PlaceLegalHoldAsync(ActorRef actor, Guid subjectId, string reason, DateTimeOffset? until, CancellationToken ct = default)
    {
        var state = states.Find(subjectId) ?? throw new KeyNotFoundException($"unknown subject '{subjectId}'");
        var hold = new LegalHold { SubjectId = subjectId, Reason = reason, PlacedAt = time.GetUtcNow(), Until = until };
        db.Set<LegalHold>().Add(hold);
        await db.SaveChangesAsync(ct);
        state.OnLegalHold = true;
        await audit.AppendAsync(new AuditRecord(actor.ToString(), "subject.hold", subjectId, null, null, null), ct);
        return hold.Id;
    }

    public async Task ReleaseLegalHoldAsync(ActorRef actor, Guid subjectId, CancellationToken ct = default)
    {
        var state = states.Find(subjectId) ?? throw new KeyNotFoundException($"unknown subject '{subjectId}'");
        var now = time.GetUtcNow();
        var open = await db.Set<LegalHold>().Where(h => h.SubjectId == subjectId && h.ReleasedAt == null).ToListAsync(ct);
        open.ForEach(h => h.ReleasedAt = now);
        await db.SaveChangesAsync(ct);
        state.OnLegalHold = false;
        await audit.AppendAsync(new AuditRecord(actor.ToString(), "subject.hold.release", subjectId, null, null, null), ct);
    }

    public async Task RecordGuardianConsentAsync(ActorRef actor, Guid subjectId, CancellationToken ct = default)
    {
        var state = states.Find(subjectId) ?? throw new KeyNotFoundException($"unknown subject '{subjectId}'");
        db.Set<GuardianConsent>().Add(new GuardianConsent { SubjectId = subjectId, VerifiedAt = time.GetUtcNow() });
        await db.SaveChangesAsync(ct);
        state.GuardianConsent = true;
        await audit.AppendAsync(new AuditRecord(actor.ToString(), "subject.guardian_consent", subjectId, null, null, null), ct);
    }

    /// <summary>Records a choice with where it was made and against which notice text (a consent receipt's evidence).</summary>
    public async Task RecordConsentAsync(ActorRef actor, Guid subjectId, string purpose, ConsentStatus status, ConsentChannel channel,
        ConsentEvidence evidence, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var (state, index) = Resolve(subjectId, purpose);
        db.Set<ConsentRecord>().Add(new ConsentRecord
        {
            SubjectId = subjectId, Purpose = purpose, Status = status, RecordedAt = time.GetUtcNow(),
            Channel = channel, NoticeVersion = evidence.NoticeVersion, Language = evidence.Language, NoticeSha256 = evidence.NoticeSha256,
            Site = evidence.Site, CollectionPoint = evidence.CollectionPoint, Reason = evidence.Reason,
        });
        await db.SaveChangesAsync(ct);
        state.Consented.Set(index, status == ConsentStatus.Given);
        await audit.AppendAsync(new AuditRecord(actor.ToString(), $"consent.{status.ToString().ToLowerInvariant()}", subjectId, purpose, null, channel.ToString()), ct);
    }

    private (SubjectState State, int PurposeIndex) Resolve(Guid subjectId, string purpose)
    {
        var index = policy.PurposeIndex(purpose);
        if (index < 0) throw new ArgumentException($"unknown purpose '{purpose}'", nameof(purpose));
        var state = states.Find(subjectId) ?? throw new KeyNotFoundException($"unknown subject '{subjectId}'");
        return (state, index);
    }
}

using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Steward.Core.Consent;
using Steward.Core.Storage;

namespace Steward.Core.Gate;

/// <summary>The gate's view of every subject, in memory, so a decision reads no database. Every
/// change is written to the database first (see <see cref="SubjectControls"/>) and then applied
/// here, so a withdrawal or restriction holds from the very next decision.</summary>
public sealed class SubjectStateStore(CompiledPolicy policy)
{
    private readonly ConcurrentDictionary<Guid, SubjectState> _states = new();

    public int Count => _states.Count;

    public SubjectState? Find(Guid subjectId) => _states.GetValueOrDefault(subjectId);

    /// <summary>Starts tracking a subject of the given catalogue kind (a new subject, or one loaded at
    /// start); a juvenile is one whose kind says so or whose age was found below the age of consent.</summary>
    public SubjectState Track(Guid subjectId, string kind, bool juvenile = false)
    {
        var kindIndex = policy.SubjectKindIndex(kind);
        if (kindIndex < 0) throw new ArgumentException($"unknown subject kind '{kind}'", nameof(kind));
        return _states.GetOrAdd(subjectId, _ => new SubjectState(kindIndex, policy.PurposeCount, juvenile || policy.JuvenileKinds.Contains(kindIndex)));
    }

    public void Forget(Guid subjectId) => _states.TryRemove(subjectId, out _);

    /// <summary>Replays what the database holds (live consents, limits, holds, guardian consents)
    /// onto the subjects being tracked. Streams each table once.</summary>
    public async Task ApplyStoredAsync(StewardDb db, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        // Records come in id order, so the last one per subject and purpose wins.
        await foreach (var c in db.Set<ConsentRecord>().AsNoTracking().OrderBy(c => c.Id).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (Find(c.SubjectId) is { } state && policy.PurposeIndex(c.Purpose) is var i and >= 0)
                state.Consented.Set(i, c.Status == ConsentStatus.Given);
        }
        await foreach (var l in db.Set<ProcessingLimit>().AsNoTracking().Where(l => l.LiftedAt == null).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (Find(l.SubjectId) is { } state && policy.PurposeIndex(l.Purpose) is var i and >= 0)
                (l.Kind == ProcessingLimitKind.Restriction ? state.Restricted : state.Objected).Set(i);
        }
        await foreach (var h in db.Set<LegalHold>().AsNoTracking().Where(h => h.ReleasedAt == null).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (Find(h.SubjectId) is { } state && (h.Until is null || h.Until > now)) state.OnLegalHold = true;
        }
        await foreach (var g in db.Set<GuardianConsent>().AsNoTracking().Where(g => g.WithdrawnAt == null).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (Find(g.SubjectId) is { } state) state.GuardianConsent = true;
        }
    }
}

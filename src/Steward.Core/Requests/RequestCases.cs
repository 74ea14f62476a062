using Microsoft.EntityFrameworkCore;
using Steward.Core.Audit;
using Steward.Core.Gate;
using Steward.Core.Storage;

namespace Steward.Core.Requests;

/// <summary>The state machine of a case: every move is checked against <see cref="CaseStates.MayMove"/>,
/// stored with its history entry in one commit, then written to the audit log.</summary>
public sealed class RequestCases(StewardDb db, IAuditTrail audit, TimeProvider clock, RequestDeadlines deadlines, RequestVault vault, RequestSignal? signal = null)
{
    /// <summary>Opens a case for a verified subject. Self-service kinds from the person start at once.</summary>
    public async Task<RightsCase> OpenAsync(NewCase request, ActorRef actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var now = clock.GetUtcNow();
        var rightsCase = new RightsCase
        {
            Id = Guid.NewGuid(),
            Reference = await FreshReferenceAsync(ct),
            Kind = request.Kind,
            Channel = request.Channel,
            SubjectId = request.SubjectId,
            Purpose = request.Purpose,
            Field = request.Field,
            Destination = request.Destination,
            Region = request.Region,
            Language = request.Language,
            State = CaseState.Open,
            ReceivedAt = now,
            DueAt = deadlines.Due(request.Region, now),
        };
        db.Add(rightsCase);
        db.Add(Event(rightsCase, actor, "received", null, CaseState.Open, request.Channel.ToString()));
        await db.SaveChangesAsync(ct);
        await AuditAsync(rightsCase, actor, "received", request.Channel.ToString(), ct);
        if (request.Details is { Length: > 0 } details) await vault.PutNoteAsync(rightsCase.SubjectId, rightsCase.Reference, "details", details, actor, ct);
        if (request.NewValue is { } value) await vault.PutNoteAsync(rightsCase.SubjectId, rightsCase.Reference, "new", value, actor, ct);
        if (request.StartNow && request.Kind.SelfService()) await StartAsync(rightsCase.Id, actor, ct);
        return await FindAsync(rightsCase.Id, ct) ?? rightsCase;
    }

    public Task<RightsCase?> FindAsync(Guid id, CancellationToken ct = default) => db.Set<RightsCase>().SingleOrDefaultAsync(c => c.Id == id, ct);

    public Task<RightsCase?> FindAsync(string reference, CancellationToken ct = default) => db.Set<RightsCase>().SingleOrDefaultAsync(c => c.Reference == reference, ct);

    public Task<List<CaseEvent>> HistoryAsync(Guid id, CancellationToken ct = default) =>
        db.Set<CaseEvent>().AsNoTracking().Where(e => e.CaseId == id).OrderBy(e => e.Id).ToListAsync(ct);

    /// <summary>Starts fulfilment: the worker takes it from here, step by step.</summary>
    public async Task StartAsync(Guid id, ActorRef actor, CancellationToken ct = default)
    {
        await MoveAsync(id, CaseState.Processing, actor, "started", null, c => c.Step = FulfilmentStep.Apply, ct);
        signal?.Wake();
    }

    public Task AskProofAsync(Guid id, string what, ActorRef actor, CancellationToken ct = default) =>
        MoveAsync(id, CaseState.AwaitingProof, actor, "proof_requested", what, c => c.ProofRequested = what, ct);

    public Task ProofReceivedAsync(Guid id, string what, ActorRef actor, CancellationToken ct = default) =>
        MoveAsync(id, CaseState.Open, actor, "proof_received", what, null, ct);

    /// <summary>Declines with a reason of P6.4; the explanation goes to the vault with the case.</summary>
    public async Task DeclineAsync(Guid id, DeclineReason reason, string explanation, ActorRef actor, CancellationToken ct = default)
    {
        var rightsCase = await FindAsync(id, ct) ?? throw new CaseNotFoundException();
        if (!CaseStates.MayMove(rightsCase.State, CaseState.Declined)) throw new CaseTransitionException(rightsCase.State, CaseState.Declined);
        await vault.PutNoteAsync(rightsCase.SubjectId, rightsCase.Reference, "explanation", explanation, actor, ct);
        await MoveAsync(id, CaseState.Declined, actor, "declined", reason.ToString(), c => { c.DeclineReason = reason; c.ClosedAt = clock.GetUtcNow(); }, ct);
    }

    /// <summary>Closes a case that needed no fulfilment step (a question to the privacy team), with staff's answer.</summary>
    public async Task AnswerAsync(Guid id, string answer, ActorRef actor, CancellationToken ct = default)
    {
        var rightsCase = await FindAsync(id, ct) ?? throw new CaseNotFoundException();
        if (!CaseStates.MayMove(rightsCase.State, CaseState.Completed)) throw new CaseTransitionException(rightsCase.State, CaseState.Completed);
        await vault.PutNoteAsync(rightsCase.SubjectId, rightsCase.Reference, "answer", answer, actor, ct);
        await MoveAsync(id, CaseState.Completed, actor, "completed", "answered", c => c.ClosedAt = clock.GetUtcNow(), ct);
    }

    /// <summary>Extends the deadline where the region's law allows, once, within the first period, with a reason.</summary>
    public async Task ExtendAsync(Guid id, ExtensionReason reason, ActorRef actor, CancellationToken ct = default)
    {
        var rightsCase = await FindAsync(id, ct) ?? throw new CaseNotFoundException();
        var days = deadlines.ExtensionDays(rightsCase.Region);
        var now = clock.GetUtcNow();
        if (days <= 0) throw new CaseRuleException("extension_not_allowed");
        if (rightsCase.ExtendedAt is not null) throw new CaseRuleException("already_extended");
        if (rightsCase.State.IsClosed()) throw new CaseRuleException("closed");
        if (now > deadlines.Due(rightsCase.Region, rightsCase.ReceivedAt)) throw new CaseRuleException("too_late_to_extend");
        rightsCase.DueAt = rightsCase.DueAt.AddDays(days);
        rightsCase.ExtendedAt = now;
        rightsCase.ExtensionReason = reason;
        rightsCase.RemindedAt = null;
        await RecordAsync(rightsCase, actor, "extended", reason.ToString(), ct);
    }

    public async Task AssignAsync(Guid id, string? staffId, ActorRef actor, CancellationToken ct = default)
    {
        var rightsCase = await FindAsync(id, ct) ?? throw new CaseNotFoundException();
        rightsCase.AssignedTo = string.IsNullOrEmpty(staffId) ? null : staffId;
        await RecordAsync(rightsCase, actor, "assigned", staffId, ct);
    }

    /// <summary>Stores a change made to a tracked case with its history entry, then audits it.</summary>
    public async Task RecordAsync(RightsCase rightsCase, ActorRef actor, string action, string? note, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(rightsCase);
        // The vault's writer clears the change tracker: a case read before a vault write comes back detached.
        var entry = db.Entry(rightsCase);
        if (entry.State == EntityState.Detached)
        {
            db.Attach(rightsCase);
            entry.State = EntityState.Modified;
        }
        rightsCase.Version++;
        db.Add(Event(rightsCase, actor, action, null, null, note));
        await db.SaveChangesAsync(ct);
        await AuditAsync(rightsCase, actor, action, note, ct);
    }

    /// <summary>Stores a change of step that needs no history entry of its own.</summary>
    public async Task SaveStepAsync(RightsCase rightsCase, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(rightsCase);
        var entry = db.Entry(rightsCase);
        if (entry.State == EntityState.Detached)
        {
            db.Attach(rightsCase);
            entry.State = EntityState.Modified;
        }
        rightsCase.Version++;
        await db.SaveChangesAsync(ct);
    }

    public async Task MoveAsync(Guid id, CaseState to, ActorRef actor, string action, string? note, Action<RightsCase>? change, CancellationToken ct = default)
    {
        var rightsCase = await FindAsync(id, ct) ?? throw new CaseNotFoundException();
        var from = rightsCase.State;
        if (!CaseStates.MayMove(from, to)) throw new CaseTransitionException(from, to);
        rightsCase.State = to;
        rightsCase.Version++;
        change?.Invoke(rightsCase);
        db.Add(Event(rightsCase, actor, action, from, to, note));
        await db.SaveChangesAsync(ct);
        await AuditAsync(rightsCase, actor, action, note, ct);
    }

    private CaseEvent Event(RightsCase rightsCase, ActorRef actor, string action, CaseState? from, CaseState? to, string? note) => new()
    {
        CaseId = rightsCase.Id, At = clock.GetUtcNow(), Actor = actor.ToString(), Action = action, From = from, To = to, Note = note,
    };

    private async Task AuditAsync(RightsCase rightsCase, ActorRef actor, string action, string? note, CancellationToken ct) =>
        await audit.AppendAsync(new AuditRecord(actor.ToString(), "request." + action, rightsCase.SubjectId, RequestVault.Purpose, null,
            note is null ? $"{rightsCase.Reference} {rightsCase.Kind}" : $"{rightsCase.Reference} {rightsCase.Kind}: {note}"), ct);

    private async Task<string> FreshReferenceAsync(CancellationToken ct)
    {
        while (true)
        {
            var reference = CaseReference.New();
            if (!await db.Set<RightsCase>().AnyAsync(c => c.Reference == reference, ct)) return reference;
        }
    }
}

/// <summary>What a new case is about. <see cref="Details"/> and <see cref="NewValue"/> are personal
/// data: they go to the vault, never to the case's row.</summary>
public sealed record NewCase(RequestKind Kind, RequestChannel Channel, Guid SubjectId, string Region, string Language)
{
    public string? Purpose { get; init; }
    public string? Field { get; init; }
    public string? NewValue { get; init; }
    public string? Destination { get; init; }
    public string? Details { get; init; }
    public bool StartNow { get; init; }
}

public sealed class CaseNotFoundException() : Exception("There is no such case.");

public sealed class CaseTransitionException(CaseState from, CaseState to) : InvalidOperationException($"A case cannot move from {from} to {to}.")
{
    public CaseState From { get; } = from;
    public CaseState To { get; } = to;
}

/// <summary>A rule of the clock refused the change; <see cref="Code"/> names which.</summary>
public sealed class CaseRuleException(string code) : InvalidOperationException(code)
{
    public string Code { get; } = code;
}

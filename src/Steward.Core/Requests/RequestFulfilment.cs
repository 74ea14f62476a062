using Microsoft.EntityFrameworkCore;
using Steward.Core.Consent;
using Steward.Core.Gate;
using Steward.Core.Staff;
using Steward.Core.Storage;
using Steward.Core.Vault;
using Steward.Core.Webhooks;

namespace Steward.Core.Requests;

/// <summary>Carries a case through its fulfilment steps (apply, notify recipients, reply), one step at
/// a time: each step is idempotent and is recorded as done, with the next step, in one commit, so a
/// worker that dies mid-way is picked up where it stopped and the case finishes exactly once.</summary>
public sealed class RequestFulfilment(StewardDb db, RequestCases cases, RequestVault vault, VaultWriter writer, SubjectControls controls,
    SubjectStateStore states, CompiledPolicy policy, WebhookOutbox outbox, RequestReplies replies, MigrationTransfer transfer, TimeProvider clock)
{
    private static readonly ActorRef Worker = RequestVault.Worker;

    /// <summary>Runs the case's next step; returns the step that is next, or null when the case is done or not processing.</summary>
    public async Task<FulfilmentStep?> RunNextStepAsync(Guid caseId, CancellationToken ct = default)
    {
        var rightsCase = await cases.FindAsync(caseId, ct);
        if (rightsCase is not { State: CaseState.Processing, Step: { } step }) return null;
        switch (step)
        {
            case FulfilmentStep.Apply:
                var note = await ApplyAsync(rightsCase, ct);
                rightsCase.Step = FulfilmentStep.Notify;
                await cases.RecordAsync(rightsCase, Worker, "applied", note, ct);
                break;
            case FulfilmentStep.Notify:
                var told = await NotifyAsync(rightsCase, ct);
                rightsCase.Step = MigrationTransfer.Applies(rightsCase) ? FulfilmentStep.Transfer : FulfilmentStep.Reply;
                await cases.RecordAsync(rightsCase, Worker, "notified", $"{told} recipient endpoints", ct);
                break;
            case FulfilmentStep.Transfer:
                var (pushed, why) = await transfer.RunAsync(rightsCase, ct);
                rightsCase.Step = FulfilmentStep.Reply;
                await cases.RecordAsync(rightsCase, Worker, pushed ? MigrationTransfer.Transferred : MigrationTransfer.Refused, why, ct);
                break;
            case FulfilmentStep.Reply when await RepliedAsync(rightsCase, ct):
                rightsCase.Step = FulfilmentStep.Done; // an erasure replied before the address went with the rest
                await cases.SaveStepAsync(rightsCase, ct);
                break;
            case FulfilmentStep.Reply:
                var link = Packaged(rightsCase.Kind) ? await NewPackageLinkAsync(rightsCase, ct) : null;
                var sent = await replies.SendAsync(rightsCase, RequestReplies.Completed, link, ct);
                rightsCase.Step = FulfilmentStep.Done;
                await cases.RecordAsync(rightsCase, Worker, "replied", sent ? RequestReplies.Completed : RequestReplies.Completed + " (no email on file)", ct);
                break;
            case FulfilmentStep.Done:
                await cases.MoveAsync(rightsCase.Id, CaseState.Completed, Worker, "completed", rightsCase.KeptUnderHold ? "partly: legal hold" : null,
                    c => { c.ClosedAt = clock.GetUtcNow(); c.Step = null; }, ct);
                return null;
        }
        return rightsCase.Step;
    }

    private Task<bool> RepliedAsync(RightsCase rightsCase, CancellationToken ct) =>
        db.Set<CaseEvent>().AnyAsync(e => e.CaseId == rightsCase.Id && e.Action == "replied", ct);

    public static bool Packaged(RequestKind kind) => kind is RequestKind.Access or RequestKind.Portability or RequestKind.Migration;

    /// <summary>A fresh expiring link for the case's package; only its hash is stored, replacing any earlier one.</summary>
    public async Task<string> NewPackageLinkAsync(RightsCase rightsCase, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(rightsCase);
        var token = SecretToken.New();
        await db.Set<PackageLink>().Where(l => l.CaseId == rightsCase.Id && !l.OneUse).ExecuteDeleteAsync(ct);
        db.Add(new PackageLink { CaseId = rightsCase.Id, TokenHash = SecretToken.Hash(token), ExpiresAt = clock.GetUtcNow().AddDays(RequestLinks.PackageDays) });
        await db.SaveChangesAsync(ct);
        return replies.PackageLink(token);
    }

    private async Task<string?> ApplyAsync(RightsCase rightsCase, CancellationToken ct)
    {
        var subject = rightsCase.SubjectId;
        switch (rightsCase.Kind)
        {
            case RequestKind.Correction:
                return await CorrectAsync(rightsCase, ct);
            case RequestKind.Restriction or RequestKind.Objection:
                var kind = rightsCase.Kind == RequestKind.Restriction ? ProcessingLimitKind.Restriction : ProcessingLimitKind.Objection;
                var index = policy.PurposeIndex(rightsCase.Purpose ?? "");
                if (index < 0 || states.Find(subject) is not { } state) return "unknown purpose or subject";
                var set = kind == ProcessingLimitKind.Restriction ? state.Restricted : state.Objected;
                if (!set.Contains(index)) await controls.LimitAsync(ActorRef.Subject(subject), subject, rightsCase.Purpose!, kind, ct);
                return rightsCase.Purpose;
            case RequestKind.Withdrawal:
                var purpose = policy.PurposeIndex(rightsCase.Purpose ?? "");
                if (purpose < 0 || states.Find(subject) is not { } consents) return "unknown purpose or subject";
                if (consents.Consented.Contains(purpose)) await controls.WithdrawConsentAsync(ActorRef.Subject(subject), subject, rightsCase.Purpose!, ConsentChannel.Form, ct);
                return rightsCase.Purpose;
            case RequestKind.Erasure or RequestKind.Deregistration:
                return await EraseAsync(rightsCase, ct);
            default:
                return null; // access, portability and migration packages are built when downloaded
        }
    }

    private async Task<string> EraseAsync(RightsCase rightsCase, CancellationToken ct)
    {
        if (rightsCase.Categories is null)
        {
            var categories = await db.Set<VaultField>().AsNoTracking().Where(f => f.SubjectId == rightsCase.SubjectId)
                .Select(f => f.Category).Distinct().ToListAsync(ct);
            rightsCase.Categories = string.Join(',', categories.Select(c => c.Split('.')[0]).Distinct().Order(StringComparer.Ordinal));
            await cases.RecordAsync(rightsCase, Worker, "planned", "categories: " + rightsCase.Categories, ct);
        }
        // The reply goes out before the address it goes to is erased; a re-run after a crash does not send it twice.
        if (states.Find(rightsCase.SubjectId)?.OnLegalHold != true && !await RepliedAsync(rightsCase, ct))
        {
            var sent = await replies.SendAsync(rightsCase, RequestReplies.Completed, null, ct);
            await cases.RecordAsync(rightsCase, Worker, "replied", sent ? RequestReplies.Completed : RequestReplies.Completed + " (no email on file)", ct);
        }
        try
        {
            var fields = await writer.EraseSubjectAsync(rightsCase.SubjectId, Worker, $"{rightsCase.Reference} {rightsCase.Kind}", ct);
            return $"erased: {fields} fields purged";
        }
        catch (LegalHoldException)
        {
            rightsCase.KeptUnderHold = true;
            return "kept: legal hold";
        }
    }

    private async Task<string> CorrectAsync(RightsCase rightsCase, CancellationToken ct)
    {
        var (category, name) = ParseField(rightsCase.Field ?? "");
        var proposed = await vault.NoteAsync(rightsCase.SubjectId, rightsCase.Reference, "new", ct);
        if (proposed is null || category.Length == 0) return "nothing to correct";
        if (await vault.NoteAsync(rightsCase.SubjectId, rightsCase.Reference, "old", ct) is null)
        {
            var current = (await vault.ReadAllAsync(rightsCase.SubjectId, [category], Worker, ct)).FirstOrDefault(v => v.Category == category && v.Name == name);
            await vault.PutNoteAsync(rightsCase.SubjectId, rightsCase.Reference, "old", current?.Value ?? "", Worker, ct);
        }
        await writer.PutAsync(rightsCase.SubjectId, [new VaultValue(category, proposed, name)], Worker, ct);
        rightsCase.Categories = category;
        return "corrected " + rightsCase.Field;
    }

    private async Task<int> NotifyAsync(RightsCase rightsCase, CancellationToken ct)
    {
        if (rightsCase.KeptUnderHold || rightsCase.Categories is not { Length: > 0 } list) return 0;
        var type = rightsCase.Kind == RequestKind.Correction ? "subject.corrected" : "subject.erased";
        if (rightsCase.Kind is not (RequestKind.Correction or RequestKind.Erasure or RequestKind.Deregistration)) return 0;
        var categories = list.Split(',');
        return await outbox.EnqueueAsync(rightsCase.Id, type,
            new { subject = rightsCase.SubjectId, reference = rightsCase.Reference, categories }, categories, ct);
    }

    /// <summary>"contact.email" or "contact.email[work]" as category and name.</summary>
    public static (string Category, string Name) ParseField(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        var open = field.IndexOf('[', StringComparison.Ordinal);
        return open < 0 || !field.EndsWith(']') ? (field, "") : (field[..open], field[(open + 1)..^1]);
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Steward.Core.Gate;
using Steward.Core.Requests;
using Steward.Requests;
using Steward.Staff;

namespace Steward.Pages.Console;

/// <summary>One case for staff: what was asked, its deadline, its history, a preview of the reply, and
/// the moves the state machine allows (assign, carry out, ask for proof, extend, decline, answer).
/// Each move is recorded in the case's history and the audit log, and the person is told by email.</summary>
[Authorize(Policy = RequestServices.StaffPolicy)]
public sealed class RequestCaseModel(RequestCases cases, RequestReplies replies, RequestVault vault, TimeProvider clock) : PageModel
{
    public RightsCase Case { get; private set; } = null!;
    public List<CaseEvent> History { get; private set; } = [];
    public ReplyMessage? Preview { get; private set; }
    public string? Details { get; private set; }
    public string? Message { get; private set; }
    public bool Failed { get; private set; }
    public DateTimeOffset Now { get; private set; }

    [BindProperty] public string? Proof { get; set; }
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public string? Text { get; set; }

    private ActorRef Actor => StaffAudit.Actor(User);

    public async Task<IActionResult> OnGetAsync(string reference, CancellationToken cancellationToken) =>
        await LoadAsync(reference, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostAssignAsync(string reference, CancellationToken ct) =>
        ActAsync(reference, c => cases.AssignAsync(c.Id, c.AssignedTo == Actor.Id ? null : Actor.Id, Actor, ct), null, ct);

    public Task<IActionResult> OnPostStartAsync(string reference, CancellationToken ct) =>
        ActAsync(reference, c => cases.StartAsync(c.Id, Actor, ct), null, ct);

    public Task<IActionResult> OnPostAskProofAsync(string reference, CancellationToken ct) =>
        RequestConsoleText.En.Proofs.ContainsKey(Proof ?? "")
            ? ActAsync(reference, c => cases.AskProofAsync(c.Id, Proof!, Actor, ct), RequestReplies.ProofRequested, ct)
            : InvalidAsync(reference, RequestConsoleText.Current.ChoiceInvalid, ct);

    public Task<IActionResult> OnPostProofReceivedAsync(string reference, CancellationToken ct) =>
        ActAsync(reference, c => cases.ProofReceivedAsync(c.Id, c.ProofRequested ?? "proof", Actor, ct), null, ct);

    public Task<IActionResult> OnPostExtendAsync(string reference, CancellationToken ct) =>
        Enum.TryParse<ExtensionReason>(Reason, out var reason)
            ? ActAsync(reference, c => cases.ExtendAsync(c.Id, reason, Actor, ct), RequestReplies.Extended, ct)
            : InvalidAsync(reference, RequestConsoleText.Current.ChoiceInvalid, ct);

    public Task<IActionResult> OnPostDeclineAsync(string reference, CancellationToken ct)
    {
        if (!Enum.TryParse<DeclineReason>(Reason, out var reason)) return InvalidAsync(reference, RequestConsoleText.Current.ChoiceInvalid, ct);
        if (string.IsNullOrWhiteSpace(Text) || Text.Length > 4000) return InvalidAsync(reference, RequestConsoleText.Current.TextRequired, ct);
        return ActAsync(reference, c => cases.DeclineAsync(c.Id, reason, Text.Trim(), Actor, ct), RequestReplies.Declined, ct);
    }

    public Task<IActionResult> OnPostAnswerAsync(string reference, CancellationToken ct) =>
        string.IsNullOrWhiteSpace(Text) || Text.Length > 4000
            ? InvalidAsync(reference, RequestConsoleText.Current.TextRequired, ct)
            : ActAsync(reference, c => cases.AnswerAsync(c.Id, Text.Trim(), Actor, ct), RequestReplies.Answered, ct);

    private async Task<IActionResult> ActAsync(string reference, Func<RightsCase, Task> act, string? reply, CancellationToken ct)
    {
        var found = CaseReference.LooksValid(reference) ? await cases.FindAsync(reference, ct) : null;
        if (found is null) return NotFound();
        try
        {
            await act(found);
            if (reply is not null && await cases.FindAsync(found.Id, ct) is { } moved) await replies.SendAsync(moved, reply, ct: ct);
            Message = RequestConsoleText.Current.Done;
        }
        catch (Exception e) when (e is CaseTransitionException or CaseRuleException)
        {
            Failed = true;
            Message = string.Format(System.Globalization.CultureInfo.InvariantCulture, RequestConsoleText.Current.NotNow, e is CaseRuleException rule ? rule.Code : e.Message);
            Response.StatusCode = StatusCodes.Status409Conflict;
        }
        await LoadAsync(reference, ct);
        return Page();
    }

    private async Task<IActionResult> InvalidAsync(string reference, string message, CancellationToken ct)
    {
        if (!await LoadAsync(reference, ct)) return NotFound();
        Failed = true;
        Message = message;
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private async Task<bool> LoadAsync(string reference, CancellationToken ct)
    {
        var found = CaseReference.LooksValid(reference) ? await cases.FindAsync(reference, ct) : null;
        if (found is null) return false;
        Case = found;
        Now = clock.GetUtcNow();
        History = await cases.HistoryAsync(found.Id, ct);
        Details = await vault.NoteAsync(found.SubjectId, found.Reference, "details", ct);
        var type = found.State switch
        {
            CaseState.Declined => RequestReplies.Declined,
            CaseState.AwaitingProof => RequestReplies.ProofRequested,
            _ when found.Kind == RequestKind.Contact => RequestReplies.Answered,
            _ => RequestReplies.Completed,
        };
        Preview = await replies.ComposeAsync(found, type, ct: ct);
        return true;
    }
}

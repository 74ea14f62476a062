using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Steward.Core.Requests;
using Steward.People;

namespace Steward.Pages.Privacy;

/// <summary>One of the signed-in person's cases: where it stands, what happened, our replies, and the
/// download of their information once an access, portability or migration request is done.</summary>
[Authorize(Policy = PersonSession.Policy)]
public sealed class CaseModel(RequestCases cases, RequestReplies replies, RequestVault vault) : PageModel
{
    public RightsCase Case { get; private set; } = null!;
    public List<CaseEvent> History { get; private set; } = [];
    public List<ReplyMessage> Replies { get; } = [];
    public bool HasEmail { get; private set; }
    /// <summary>For a correction: the field, the value before (kept in the vault with the case) and the value asked for.</summary>
    public CorrectionShown? Correction { get; private set; }

    public async Task<IActionResult> OnGetAsync(string reference, CancellationToken cancellationToken)
    {
        var found = CaseReference.LooksValid(reference) ? await cases.FindAsync(reference, cancellationToken) : null;
        // Another person's case is as unknown as one that does not exist.
        if (found is null || found.SubjectId != PersonSession.SubjectOf(User)) return NotFound();
        Case = found;
        History = await cases.HistoryAsync(found.Id, cancellationToken);
        foreach (var type in History.Select(ReplyOf).OfType<string>())
            Replies.Add(await replies.ComposeAsync(found, type, ct: cancellationToken));
        HasEmail = await vault.EmailAsync(found.SubjectId, cancellationToken) is not null;
        if (found.Kind == RequestKind.Correction && found.Field is { } field)
            Correction = new CorrectionShown(field, await vault.NoteAsync(found.SubjectId, found.Reference, "old", cancellationToken),
                await vault.NoteAsync(found.SubjectId, found.Reference, "new", cancellationToken));
        return Page();
    }

    /// <summary>The reply an event of the history sent, if it sent one.</summary>
    public static string? ReplyOf(CaseEvent e) => e?.Action switch
    {
        "replied" => RequestReplies.Completed,
        "declined" => RequestReplies.Declined,
        "extended" => RequestReplies.Extended,
        "proof_requested" => RequestReplies.ProofRequested,
        "completed" when e.Note == "answered" => RequestReplies.Answered,
        _ => null,
    };
}

public sealed record CorrectionShown(string Field, string? Earlier, string? Corrected);

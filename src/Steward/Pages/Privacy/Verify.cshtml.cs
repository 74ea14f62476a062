using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Steward.Core.Gate;
using Steward.Core.Requests;
using Steward.Hosting;
using Steward.People;
using Steward.Requests;

namespace Steward.Pages.Privacy;

/// <summary>The one-time code: the right one opens the case and signs the person in to the Privacy
/// Center, where the case and its replies are.</summary>
[EnableRateLimiting(RequestServices.IntakeRateLimit)]
public sealed class VerifyModel(RequestIntake intake, RequestCases cases, RequestReplies replies) : PageModel
{
    [BindProperty] public string? Code { get; set; }
    [BindProperty] public string? Details { get; set; }
    public string? Error { get; private set; }
    public string? DetailsError { get; private set; }
    public bool Ended { get; private set; }

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken cancellationToken)
    {
        Ended = !await intake.PendingAsync(token, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string token, CancellationToken cancellationToken)
    {
        var text = RequestText.Current;
        // Checked before the code, so a refused post does not use up an attempt.
        if (RequestForm.HasControlCharacters(Details))
        {
            DetailsError = text.ControlCharacters;
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
        var result = await intake.VerifyAsync(token, Code ?? "", cancellationToken);
        switch (result.Outcome)
        {
            case VerificationOutcome.WrongCode:
                Error = text.CodeWrong;
                return Page();
            case VerificationOutcome.Verified:
                var verification = result.Verification!;
                var subject = verification.SubjectId!.Value;
                var details = Details?.Trim();
                var opened = await cases.OpenAsync(new NewCase(verification.Kind, RequestChannel.PublicForm, subject, verification.Region, verification.Language)
                {
                    Purpose = verification.Purpose,
                    Details = string.IsNullOrEmpty(details) ? null : details[..Math.Min(details.Length, 4000)],
                    StartNow = true,
                }, ActorRef.Subject(subject), cancellationToken);
                if (!opened.Kind.SelfService()) await replies.SendAsync(opened, RequestReplies.Received, ct: cancellationToken);
                await PersonSession.SignInAsync(HttpContext, subject);
                return Redirect($"/privacy/requests/{opened.Reference}?lang={Localization.Current}");
            default:
                Ended = true;
                return Page();
        }
    }
}

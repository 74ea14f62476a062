using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Steward.Core.Accounts;
using Steward.Core.Catalogue;
using Steward.Core.Collection;
using Steward.Core.Notices;
using Steward.Sites;

namespace Steward.Pages.Sites;

/// <summary>Account registration (P2.1, P7.1): whoever registers is told the same thing whether or not
/// the email already has an account; a juvenile also names a guardian, who must confirm first.</summary>
[EnableRateLimiting(SiteServices.IntakeRateLimit)]
public sealed class RegisterModel(LoadedCatalogue catalogue, CollectionService collection, NoticePublisher notices, AccountService accounts,
    SiteMail mail, IOptions<CollectionOptions> options) : CollectionPageModel(catalogue, collection, notices)
{
    public const string GuardianField = "guardian_email";

    protected override string PointId => AccountService.PointId;

    public Registration? Result { get; private set; }
    public int JuvenileAge => Collection.JuvenileAge(Site.Id) ?? 0;
    public int WaitDays => options.Value.GuardianWaitDays;

    public override void OnPageHandlerExecuted(Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutedContext context)
    {
        if (Form is not null && Site is not null)
        {
            var guardian = Form.Errors.Any(e => e is { Field: GuardianField, Problem: FieldProblem.NotAChoice }) ? Text.GuardianNotSelf : Text.GuardianNeeded(JuvenileAge);
            Form.PageFields[GuardianField] = (Text.GuardianEmailLabel(JuvenileAge), guardian);
        }
        base.OnPageHandlerExecuted(context);
    }

    protected override IEnumerable<FieldError> Check(FormSubmission submission, ValidatedForm form)
    {
        if (!form.IsValid || !Collection.IsJuvenile(submission, form)) yield break;
        var guardian = FormValidator.Email(submission.Value(GuardianField));
        if (guardian is null) yield return new FieldError(GuardianField, FieldProblem.Required);
        else if (string.Equals(guardian, form.Clean["email"], StringComparison.OrdinalIgnoreCase)) yield return new FieldError(GuardianField, FieldProblem.NotAChoice);
    }

    protected override async Task<IActionResult> OnValidAsync(FormSubmission submission, ValidatedForm form, CancellationToken ct)
    {
        var email = form.Clean["email"];
        var guardian = FormValidator.Email(submission.Value(GuardianField));
        Result = await accounts.RegisterAsync(submission, form, guardian, ct);
        switch (Result.Kind)
        {
            case RegistrationKind.EmailTaken:
                await mail.AlreadyRegisteredAsync(email, Language, Site.Id, ct);
                break;
            case RegistrationKind.Created:
                await mail.ConfirmEmailAsync(email, Result.ConfirmToken!, Language, Site.Id, ct);
                break;
            case RegistrationKind.PendingGuardian:
                await mail.ConfirmEmailAsync(email, Result.ConfirmToken!, Language, Site.Id, ct);
                await mail.GuardianAsync(guardian!, Result.GuardianToken!, WaitDays, Language, Site.Id, ct);
                break;
        }
        return Page();
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Steward.Core.Collection;
using Steward.Core.Gate;
using Steward.Core.Staff;
using Steward.Core.Vault;
using Steward.Hosting;
using Steward.Staff;

namespace Steward.Pages.Console;

/// <summary>The privacy officer marks a subject's data as collected from a juvenile without a guardian's
/// consent: it is erased at once (P7.3), and the action is audited under the staff member's id.</summary>
[Authorize(Policy = StaffPolicies.Console)]
public sealed class JuvenilesModel(StaffPermissions permissions, UserManager<StaffUser> users, GuardianConsents guardians) : PageModel
{
    public const string Purpose = "guardian_consent";

    [BindProperty] public string? Subject { get; set; }
    public string? Message { get; private set; }
    public bool Failed { get; private set; }
    public JuvenileText Text => JuvenileText.Current;

    public IActionResult OnGet() => permissions.MayActFor(User.Roles(), Purpose) ? Page() : Forbid();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!permissions.MayActFor(User.Roles(), Purpose)) return Forbid();
        if (!Guid.TryParse(Subject?.Trim(), out var subject))
        {
            (Failed, Message) = (true, Text.NotAnId);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
        try
        {
            await guardians.EraseCollectedWithoutConsentAsync(subject, ActorRef.Staff(users.GetUserId(User)!, [.. User.Roles()]), ct);
            Message = Text.Erased;
        }
        catch (Exception e) when (e is SubjectNotFoundException or LegalHoldException)
        {
            (Failed, Message) = (true, e is LegalHoldException ? Text.Held : Text.NotFound);
            Response.StatusCode = e is LegalHoldException ? StatusCodes.Status409Conflict : StatusCodes.Status404NotFound;
        }
        return Page();
    }
}

public sealed record JuvenileText
{
    public required string Title { get; init; }
    public required string Intro { get; init; }
    public required string SubjectLabel { get; init; }
    public required string Erase { get; init; }
    public required string Erased { get; init; }
    public required string NotAnId { get; init; }
    public required string NotFound { get; init; }
    public required string Held { get; init; }

    public static JuvenileText Current => Localization.Current == "zh-CN" ? Zh : En;

    public static readonly JuvenileText En = new()
    {
        Title = "Data collected from a juvenile without consent",
        Intro = "When you find that a subject's data came from a juvenile without a verified guardian's consent, enter the subject's id: the data is erased at once, and your action is recorded in the audit log.",
        SubjectLabel = "Subject id",
        Erase = "Erase this subject's data now",
        Erased = "The subject's data is erased.",
        NotAnId = "This is not a subject id.",
        NotFound = "There is no such subject, or it was erased already.",
        Held = "A legal hold keeps this subject's data; release the hold first.",
    };

    public static readonly JuvenileText Zh = new()
    {
        Title = "未经同意收集的未成年人信息",
        Intro = "如发现某主体的信息系在未经监护人核实同意的情况下从未成年人处收集，请输入该主体编号：相关信息将立即删除，您的操作将记入审计日志。",
        SubjectLabel = "主体编号",
        Erase = "立即删除该主体的信息",
        Erased = "该主体的信息已删除。",
        NotAnId = "这不是有效的主体编号。",
        NotFound = "不存在该主体，或其信息已被删除。",
        Held = "该主体的信息受法律保全约束；请先解除保全。",
    };
}

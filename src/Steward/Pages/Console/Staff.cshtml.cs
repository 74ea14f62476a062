using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Steward.Core.Staff;
using Steward.Core.Storage;
using Steward.Staff;

namespace Steward.Pages.Console;

/// <summary>Administrators see every member of staff and invite new ones with a one-time link.</summary>
[Authorize(Policy = StaffPolicies.Administer)]
public sealed class StaffModel(
    StewardDb db, StaffInvitations invitations, StaffPermissions permissions, UserManager<StaffUser> users,
    StaffAudit audit, IOptions<StaffOptions> options, TimeProvider time) : PageModel
{
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public List<string> Roles { get; set; } = [];

    public List<StaffMember> Members { get; private set; } = [];
    public List<StaffInvitation> Pending { get; private set; } = [];
    public List<string> Errors { get; } = [];
    public string? NewLink { get; private set; }
    public DateTimeOffset NewLinkExpires { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostInviteAsync(CancellationToken cancellationToken)
    {
        var text = ConsoleText.Current;
        var email = Email?.Trim() ?? "";
        var roles = Roles.Where(r => permissions.Role(r) is not null).Distinct().ToList();
        if (email.Length == 0 || !new EmailAddressAttribute().IsValid(email)) Errors.Add(text.EmailInvalid);
        else if (await users.FindByEmailAsync(email) is not null) Errors.Add(text.EmailTaken);
        if (roles.Count == 0) Errors.Add(text.ChooseRole);
        if (Errors.Count == 0)
        {
            var actor = StaffAudit.Actor(User);
            var issued = await invitations.IssueAsync(email, roles, firstAdministrator: false, actor.ToString(), options.Value.InvitationLifetime, cancellationToken);
            await audit.RecordAsync(actor, "staff.invite", $"invitation {issued.Invitation.Id:n}; roles {string.Join(",", roles)}", cancellationToken: cancellationToken);
            NewLink = LinkBase() + ConsoleLinks.Setup(issued.Token);
            NewLinkExpires = issued.Invitation.ExpiresAt;
            Email = null;
            Roles = [];
        }
        await LoadAsync(cancellationToken);
        return Page();
    }

    private string LinkBase() =>
        string.IsNullOrEmpty(options.Value.PublicUrl) ? $"{Request.Scheme}://{Request.Host}{Request.PathBase}" : options.Value.PublicUrl.TrimEnd('/');

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Members = await StaffDirectory.ListAsync(db, time.GetUtcNow(), cancellationToken);
        Pending = await invitations.PendingAsync(cancellationToken);
    }
}

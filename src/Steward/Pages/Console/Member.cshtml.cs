using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Steward.Core.Staff;
using Steward.Core.Storage;
using Steward.Staff;

namespace Steward.Pages.Console;

/// <summary>An administrator changes one member's roles, or disables and enables the account.
/// Steward always keeps one active administrator, and nobody disables themselves.</summary>
[Authorize(Policy = StaffPolicies.Administer)]
public sealed class MemberModel(StewardDb db, UserManager<StaffUser> users, StaffPermissions permissions, StaffAudit audit, TimeProvider time) : PageModel
{
    [BindProperty] public List<string> Roles { get; set; } = [];

    public StaffMember Member { get; private set; } = null!;
    public string? Message { get; private set; }
    public List<string> Errors { get; } = [];

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostRolesAsync(string id, CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(id) is not { } user) return NotFound();
        var wanted = permissions.Roles.Select(r => r.Id).Where(Roles.Contains).ToList();
        var held = await users.GetRolesAsync(user);
        if (!permissions.Administers(wanted) && permissions.Administers(held) && !await StaffDirectory.AnotherAdministratorAsync(db, permissions, id, cancellationToken))
        {
            Errors.Add(ConsoleText.Current.LastAdministrator);
        }
        else
        {
            var result = await users.RemoveFromRolesAsync(user, held.Except(wanted));
            if (result.Succeeded) result = await users.AddToRolesAsync(user, wanted.Except(held));
            if (!result.Succeeded) throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
            await audit.RecordAsync(StaffAudit.Actor(User), "staff.roles", $"user {id}; roles {string.Join(",", wanted)}", cancellationToken: cancellationToken);
            Message = ConsoleText.Current.Saved;
        }
        await LoadAsync(id, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostDisableAsync(string id, CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(id) is not { } user) return NotFound();
        if (id == User.FindFirstValue(ClaimTypes.NameIdentifier)) Errors.Add(ConsoleText.Current.CannotDisableSelf);
        else if (permissions.Administers(await users.GetRolesAsync(user)) && !await StaffDirectory.AnotherAdministratorAsync(db, permissions, id, cancellationToken))
            Errors.Add(ConsoleText.Current.LastAdministrator);
        else
        {
            user.DisabledAt = time.GetUtcNow();
            await users.UpdateAsync(user);
            // A new security stamp ends the member's sessions at their next request.
            await users.UpdateSecurityStampAsync(user);
            await audit.RecordAsync(StaffAudit.Actor(User), "staff.disable", $"user {id}", cancellationToken: cancellationToken);
            Message = ConsoleText.Current.Saved;
        }
        await LoadAsync(id, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostEnableAsync(string id, CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(id) is not { } user) return NotFound();
        user.DisabledAt = null;
        await users.UpdateAsync(user);
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        await audit.RecordAsync(StaffAudit.Actor(User), "staff.enable", $"user {id}", cancellationToken: cancellationToken);
        Message = ConsoleText.Current.Saved;
        await LoadAsync(id, cancellationToken);
        return Page();
    }

    private async Task<bool> LoadAsync(string id, CancellationToken cancellationToken)
    {
        var member = (await StaffDirectory.ListAsync(db, time.GetUtcNow(), cancellationToken)).FirstOrDefault(m => m.Id == id);
        if (member is null) return false;
        Member = member;
        return true;
    }
}

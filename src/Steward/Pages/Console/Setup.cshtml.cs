using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Steward.Core.Catalogue.Model;
using Steward.Core.Gate;
using Steward.Core.Staff;
using Steward.Core.Storage;
using Steward.Staff;

namespace Steward.Pages.Console;

/// <summary>Where a set-up link or an invitation leads: the person chooses a password (and, for the
/// first administrator, the email), the account is made with the link's roles, and the link is used up.</summary>
[AllowAnonymous]
[EnableRateLimiting(StaffServices.SignInRateLimit)]
public sealed class SetupModel(
    StaffInvitations invitations, UserManager<StaffUser> users, SignInManager<StaffUser> signIn,
    StewardDb db, StaffPermissions permissions, StaffAudit audit, TimeProvider time) : PageModel
{
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? Password { get; set; }
    [BindProperty] public string? RepeatPassword { get; set; }

    public StaffInvitation? Invitation { get; private set; }
    public string? Problem { get; private set; }
    public IReadOnlyList<StaffRole> Roles { get; private set; } = [];
    public List<string> Errors { get; } = [];
    public int MinimumPasswordLength => users.Options.Password.RequiredLength;

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken cancellationToken)
    {
        await FindAsync(token, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string token, CancellationToken cancellationToken)
    {
        if (await FindAsync(token, cancellationToken) is not { } invitation) return Page();
        var text = ConsoleText.Current;
        var email = (invitation.Email ?? Email ?? "").Trim();
        if (!new EmailAddressAttribute().IsValid(email) || email.Length == 0) Errors.Add(text.EmailInvalid);
        if (Password != RepeatPassword) Errors.Add(text.PasswordsDiffer);
        if (Errors.Count > 0) return Page();

        var user = new StaffUser { UserName = email, Email = email, EmailConfirmed = true, CreatedAt = time.GetUtcNow() };
        var roles = invitation.Roles.Where(r => permissions.Role(r) is not null).ToList();
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            if (!await invitations.ClaimAsync(invitation.Id, user.Id, cancellationToken))
            {
                Invitation = null;
                Problem = text.LinkUsed;
                return Page();
            }
            var created = await users.CreateAsync(user, Password ?? "");
            if (created.Succeeded && roles.Count > 0) created = await users.AddToRolesAsync(user, roles);
            if (!created.Succeeded)
            {
                Errors.AddRange(created.Errors.Select(Describe).Distinct());
                return Page(); // the transaction rolls back: the link still works
            }
            await transaction.CommitAsync(cancellationToken);
        }
        var actor = ActorRef.Staff(user.Id, [.. roles]);
        await audit.RecordAsync(actor, invitation.FirstAdministrator ? "staff.setup" : "staff.join", $"invitation {invitation.Id:n}; roles {string.Join(",", roles)}", cancellationToken: cancellationToken);
        await signIn.SignInAsync(user, isPersistent: false);
        // Members whose role requires two factors are sent on to enrol by the Console's policy.
        return Redirect(ConsoleLinks.To(ConsoleLinks.Home));
    }

    private async Task<StaffInvitation?> FindAsync(string token, CancellationToken cancellationToken)
    {
        var text = ConsoleText.Current;
        var found = await invitations.FindAsync(token, cancellationToken);
        if (found.State != InvitationState.Valid)
        {
            Response.StatusCode = found.State == InvitationState.Unknown ? StatusCodes.Status404NotFound : StatusCodes.Status410Gone;
            Problem = found.State switch
            {
                InvitationState.Used => text.LinkUsed,
                InvitationState.Expired => text.LinkExpired,
                _ => text.LinkUnknown,
            };
            return null;
        }
        Invitation = found.Invitation;
        Roles = [.. permissions.Roles.Where(r => found.Invitation!.Roles.Contains(r.Id))];
        return Invitation;
    }

    private string Describe(IdentityError error)
    {
        var text = ConsoleText.Current;
        return error.Code switch
        {
            nameof(IdentityErrorDescriber.PasswordTooShort) => ConsoleFormat.Format(text.PasswordTooShort, MinimumPasswordLength),
            nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName) => text.EmailTaken,
            nameof(IdentityErrorDescriber.InvalidEmail) or nameof(IdentityErrorDescriber.InvalidUserName) => text.EmailInvalid,
            _ => error.Description,
        };
    }
}

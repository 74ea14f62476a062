using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Steward.Core.Gate;
using Steward.Core.Staff;
using Steward.Staff;

namespace Steward.Pages.Console;

/// <summary>A member with two-factor sign-in makes ten one-use recovery codes (Identity's), shown
/// once; making new ones cancels the old. Audited without the codes.</summary>
[Authorize(Policy = StaffPolicies.Console)]
public sealed class RecoveryCodesModel(UserManager<StaffUser> users, StaffAudit audit) : PageModel
{
    public const int Count = 10;

    public int Remaining { get; private set; }
    public IReadOnlyList<string> NewCodes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        if (!user.TwoFactorEnabled) return Redirect(ConsoleLinks.To(ConsoleLinks.TwoFactor));
        Remaining = await users.CountRecoveryCodesAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        if (!user.TwoFactorEnabled) return Redirect(ConsoleLinks.To(ConsoleLinks.TwoFactor));
        NewCodes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, Count) ?? []];
        Remaining = NewCodes.Count;
        await audit.RecordAsync(ActorRef.Staff(user.Id, [.. await users.GetRolesAsync(user)]), "staff.recovery_codes.new", cancellationToken: cancellationToken);
        return Page();
    }
}

using Microsoft.AspNetCore.Identity;
using Steward.Core.Staff;

namespace Steward.Staff;

/// <summary>Identity asks this before every sign-in: a disabled member cannot sign in.</summary>
internal sealed class DisabledStaffConfirmation : IUserConfirmation<StaffUser>
{
    public Task<bool> IsConfirmedAsync(UserManager<StaffUser> manager, StaffUser user) => Task.FromResult(!user.IsDisabled);
}

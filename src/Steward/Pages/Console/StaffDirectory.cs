using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Steward.Core.Staff;
using Steward.Core.Storage;

namespace Steward.Pages.Console;

/// <summary>One member of staff as the staff pages list them.</summary>
public sealed record StaffMember(string Id, string Email, IReadOnlyList<string> Roles, bool TwoFactor, bool Disabled, bool Locked);

/// <summary>Reads staff with their roles in two queries, and answers who administers.</summary>
internal static class StaffDirectory
{
    public static async Task<List<StaffMember>> ListAsync(StewardDb db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var users = await db.Set<StaffUser>().AsNoTracking().ToListAsync(cancellationToken);
        var roles = await (from link in db.Set<IdentityUserRole<string>>()
                           join role in db.Set<IdentityRole>() on link.RoleId equals role.Id
                           select new { link.UserId, role.Name }).ToListAsync(cancellationToken);
        var byUser = roles.ToLookup(r => r.UserId, r => r.Name ?? "");
        return [.. users
            .Select(u => new StaffMember(u.Id, u.Email ?? "", [.. byUser[u.Id].Order(StringComparer.Ordinal)], u.TwoFactorEnabled, u.IsDisabled, u.LockoutEnd > now))
            .OrderBy(m => m.Email, StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>Whether some active member other than <paramref name="exceptId"/> administers Steward.</summary>
    public static async Task<bool> AnotherAdministratorAsync(StewardDb db, StaffPermissions permissions, string exceptId, CancellationToken cancellationToken)
    {
        var members = await ListAsync(db, DateTimeOffset.MinValue, cancellationToken);
        return members.Any(m => m.Id != exceptId && !m.Disabled && permissions.Administers(m.Roles));
    }
}

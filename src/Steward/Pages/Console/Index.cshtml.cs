using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Steward.Core.Catalogue.Model;
using Steward.Core.Staff;
using Steward.Staff;

namespace Steward.Pages.Console;

/// <summary>The Console's home: the member's roles and the purposes those roles let them act for.</summary>
[Authorize(Policy = StaffPolicies.Console)]
public sealed class IndexModel(StaffPermissions permissions) : PageModel
{
    public IReadOnlyList<StaffRole> Roles { get; private set; } = [];
    public IReadOnlyList<Purpose> Purposes { get; private set; } = [];
    public bool Administers { get; private set; }

    public void OnGet()
    {
        var held = User.Roles().ToList();
        Roles = [.. permissions.Roles.Where(r => held.Contains(r.Id))];
        Purposes = permissions.PurposesFor(held);
        Administers = permissions.Administers(held);
    }
}

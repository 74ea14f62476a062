using Microsoft.AspNetCore.Authorization;
using Steward.Core.Staff;

namespace Steward.Sharing;

/// <summary>Who may open the governance pages (recipients, retention, breaches, the record of
/// processing): staff whose roles the catalogue grants the legal-obligations purpose (the privacy
/// officer in the default catalogue), signed in with a second factor where required.</summary>
public static class GovernancePolicy
{
    public const string Name = "staff-governance";
    public const string Purpose = "legal";

    internal static void Add(AuthorizationOptions options) =>
        options.AddPolicy(Name, p => p.RequireAuthenticatedUser().AddRequirements(new Staff.TwoFactorDoneRequirement(), new GovernsRequirement()));

    public static bool Governs(this StaffPermissions permissions, IEnumerable<string> roles)
    {
        ArgumentNullException.ThrowIfNull(permissions);
        return permissions.MayActFor(roles, Purpose);
    }
}

internal sealed class GovernsRequirement : IAuthorizationRequirement;

internal sealed class GovernsHandler(StaffPermissions permissions) : AuthorizationHandler<GovernsRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, GovernsRequirement requirement)
    {
        if (permissions.Governs(Steward.Staff.StaffPolicies.Roles(context.User))) context.Succeed(requirement);
        return Task.CompletedTask;
    }
}

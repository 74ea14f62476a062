using Microsoft.AspNetCore.Authorization;
using Steward.Core.Staff;
using Steward.Staff;

namespace Steward.Careers;

/// <summary>Who may open the careers pages of the Console.</summary>
public static class CareersPolicies
{
    /// <summary>Roles the catalogue grants <see cref="Purpose"/> (the recruiter in the default catalogue): their applications.</summary>
    public const string Recruit = "staff-recruit";

    /// <summary>Recruiters and administrators: postings, which hold no personal data.</summary>
    public const string ManagePostings = "staff-manage-postings";

    public const string Purpose = "recruitment";

    internal static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(Recruit, p => p.RequireAuthenticatedUser().AddRequirements(new TwoFactorDoneRequirement(), new RecruitsRequirement()));
        options.AddPolicy(ManagePostings, p => p.RequireAuthenticatedUser().AddRequirements(new TwoFactorDoneRequirement(), new ManagesPostingsRequirement()));
    }

    public static bool Recruits(this StaffPermissions permissions, IEnumerable<string> roles)
    {
        ArgumentNullException.ThrowIfNull(permissions);
        return permissions.MayActFor(roles, Purpose);
    }

    public static bool ManagesPostings(this StaffPermissions permissions, IEnumerable<string> roles)
    {
        ArgumentNullException.ThrowIfNull(permissions);
        var held = roles.ToList();
        return permissions.Recruits(held) || permissions.Administers(held);
    }
}

internal sealed class RecruitsRequirement : IAuthorizationRequirement;

internal sealed class ManagesPostingsRequirement : IAuthorizationRequirement;

internal sealed class RecruitsHandler(StaffPermissions permissions) : AuthorizationHandler<RecruitsRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, RecruitsRequirement requirement)
    {
        if (permissions.Recruits(context.User.Roles())) context.Succeed(requirement);
        return Task.CompletedTask;
    }
}

internal sealed class ManagesPostingsHandler(StaffPermissions permissions) : AuthorizationHandler<ManagesPostingsRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ManagesPostingsRequirement requirement)
    {
        if (permissions.ManagesPostings(context.User.Roles())) context.Succeed(requirement);
        return Task.CompletedTask;
    }
}

using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Steward.Core.Staff;

namespace Steward.Staff;

/// <summary>Who may open which Console page. Every Console page names one of these policies.</summary>
public static class StaffPolicies
{
    /// <summary>Signed in, and signed in with a second factor when a role requires it.</summary>
    public const string Console = "staff";

    /// <summary>As <see cref="Console"/>, and holding a role that administers Steward.</summary>
    public const string Administer = "staff-administer";

    /// <summary>As <see cref="Console"/>, and holding a role the catalogue grants the internal-audit
    /// purpose (<see cref="AuditPurpose"/>): in the default catalogue, auditor and privacy officer.</summary>
    public const string ReadAudit = "staff-read-audit";

    /// <summary>The catalogue purpose whose roles may read the audit log.</summary>
    public const string AuditPurpose = "analysis.audit";

    /// <summary>The claim Identity adds when the second factor was given ("amr": "mfa").</summary>
    public const string MultiFactorClaim = "amr";
    public const string MultiFactorValue = "mfa";

    internal static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(Console, p => p.RequireAuthenticatedUser().AddRequirements(new TwoFactorDoneRequirement()));
        options.AddPolicy(Administer, p => p.RequireAuthenticatedUser().AddRequirements(new TwoFactorDoneRequirement(), new AdministersRequirement()));
        options.AddPolicy(ReadAudit, p => p.RequireAuthenticatedUser().AddRequirements(new TwoFactorDoneRequirement(), new ReadsAuditRequirement()));
    }

    /// <summary>Whether one of the roles may read the audit log: the catalogue grants it <see cref="AuditPurpose"/>.</summary>
    public static bool ReadsAudit(this StaffPermissions permissions, IEnumerable<string> roles)
    {
        ArgumentNullException.ThrowIfNull(permissions);
        return permissions.MayActFor(roles, AuditPurpose);
    }

    public static IEnumerable<string> Roles(this ClaimsPrincipal user) => user.FindAll(ClaimTypes.Role).Select(c => c.Value);

    public static bool HasSecondFactor(this ClaimsPrincipal user) => user.HasClaim(MultiFactorClaim, MultiFactorValue);
}

/// <summary>Members whose roles require two-factor sign-in have given their second factor.</summary>
internal sealed class TwoFactorDoneRequirement : IAuthorizationRequirement;

/// <summary>The member holds a role that administers Steward.</summary>
internal sealed class AdministersRequirement : IAuthorizationRequirement;

/// <summary>The member holds a role that may read the audit log.</summary>
internal sealed class ReadsAuditRequirement : IAuthorizationRequirement;

internal sealed class TwoFactorDoneHandler(StaffPermissions permissions) : AuthorizationHandler<TwoFactorDoneRequirement>
{
    /// <summary>The failure that sends a member to two-factor enrolment rather than to a 403.</summary>
    public const string EnrolFirst = "two-factor-required";

    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, TwoFactorDoneRequirement requirement)
    {
        if (context.User.HasSecondFactor() || !permissions.RequiresTwoFactor(context.User.Roles())) context.Succeed(requirement);
        else context.Fail(new AuthorizationFailureReason(this, EnrolFirst));
        return Task.CompletedTask;
    }
}

internal sealed class AdministersHandler(StaffPermissions permissions) : AuthorizationHandler<AdministersRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, AdministersRequirement requirement)
    {
        if (permissions.Administers(context.User.Roles())) context.Succeed(requirement);
        return Task.CompletedTask;
    }
}

internal sealed class ReadsAuditHandler(StaffPermissions permissions) : AuthorizationHandler<ReadsAuditRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ReadsAuditRequirement requirement)
    {
        if (permissions.ReadsAudit(context.User.Roles())) context.Succeed(requirement);
        return Task.CompletedTask;
    }
}

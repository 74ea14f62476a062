using Microsoft.AspNetCore.Authorization;
using Steward.Core.Staff;
using Steward.Staff;

namespace Steward.Consent;

/// <summary>Who reads the visit statistics in the Console: staff whose roles the catalogue grants the
/// site-analytics purpose (the analyst in the default catalogue).</summary>
public static class StatisticsAccess
{
    public const string Policy = "staff-read-statistics";
    public const string Purpose = "site.analytics";

    internal static void Add(IServiceCollection services) =>
        services.AddAuthorizationBuilder().AddPolicy(Policy, p => p
            .RequireAuthenticatedUser()
            .AddRequirements(new TwoFactorDoneRequirement())
            .RequireAssertion(context => context.Resource is HttpContext http
                && http.RequestServices.GetRequiredService<StaffPermissions>().MayActFor(context.User.Roles(), Purpose)));
}

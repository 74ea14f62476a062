using Microsoft.AspNetCore.Authorization;
using Steward.Core.Sharing;

namespace Steward.Sharing;

public static class SharingServices
{
    /// <summary>The recipients register, the sharing gate, consents to recipients and the
    /// pseudonymised export; the Console policy for governance pages.</summary>
    public static IServiceCollection AddStewardSharing(this IServiceCollection services)
    {
        services.AddScoped<RecipientDirectory>();
        services.AddScoped<SharingConsents>();
        services.AddScoped<SharingGate>();
        services.AddScoped<PseudonymisedExport>();
        services.AddScoped<RecipientRegister>();
        services.Configure<AuthorizationOptions>(GovernancePolicy.Add);
        services.AddSingleton<IAuthorizationHandler, GovernsHandler>();
        return services;
    }
}

using Steward.Core.Sharing;

namespace Steward.Sharing;

public static class SharingServices
{
    /// <summary>The recipients register, the sharing gate, consents to recipients and the
    /// pseudonymised export.</summary>
    public static IServiceCollection AddStewardSharing(this IServiceCollection services)
    {
        services.AddScoped<RecipientDirectory>();
        services.AddScoped<SharingConsents>();
        services.AddScoped<SharingGate>();
        services.AddScoped<PseudonymisedExport>();
        services.AddScoped<RecipientRegister>();
        return services;
    }
}

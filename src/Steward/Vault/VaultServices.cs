using Steward.Core.Keys;
using Steward.Core.Statistics;
using Steward.Core.Vault;

namespace Steward.Vault;

public static class VaultServices
{
    /// <summary>The vault, its keys and the non-personal statistics: the key source (key file in the
    /// data folder, or <c>Steward:Keys</c> in the settings), the writer, reader and key rotation,
    /// and the start-up step that creates the key file. The audit log (<c>IAuditTrail</c>) that the
    /// writer and the rotation record to is registered by the audit feature.</summary>
    public static IServiceCollection AddStewardVault(this IServiceCollection services, IConfiguration configuration)
    {
        var dataFolder = configuration["Steward:DataFolder"] is { Length: > 0 } folder ? folder : "data";
        services.AddSingleton(sp => new KeySource(() => Bind(configuration), dataFolder, sp.GetRequiredService<ILogger<KeySource>>()));
        services.AddScoped<VaultWriter>();
        services.AddScoped<VaultReader>();
        services.AddScoped<KeyRotation>();
        services.AddScoped<VisitCounter>();
        services.AddHostedService<VaultStartup>();
        return services;
    }

    private static KeyOptions Bind(IConfiguration configuration)
    {
        var options = new KeyOptions();
        configuration.GetSection(KeyOptions.Section).Bind(options);
        return options;
    }
}

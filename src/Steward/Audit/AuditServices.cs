using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Steward.Core.Storage;
using Steward.Core.Audit;
using Steward.Hosting;

namespace Steward.Audit;

public static class AuditServices
{
    /// <summary>The audit log: <see cref="IAuditTrail"/> for every feature, its options ("Steward:Audit"),
    /// and a final flush and checkpoint when Steward stops.</summary>
    public static IServiceCollection AddStewardAudit(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AuditOptions>().Bind(configuration.GetSection(AuditOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<AuditOptions>, AuditOptionsValidator>();
        services.AddSingleton(sp =>
        {
            var steward = sp.GetRequiredService<IOptions<StewardOptions>>().Value;
            var audit = sp.GetRequiredService<IOptions<AuditOptions>>().Value;
            var logger = sp.GetRequiredService<ILogger<AuditLog>>();
            // Read (or created, with a warning) when the first checkpoint is signed, not at start.
            var key = new Lazy<AuditSigningKey>(() => AuditSigningKey.LoadOrCreate(audit, steward.DataFolder, logger));
            // Options built once: the writer opens a context for every batch, and building options is not free.
            var dbOptions = new DbContextOptionsBuilder<StewardDb>();
            dbOptions.UseStewardDatabase(steward);
            var built = dbOptions.Options;
            return new AuditLog(() => new StewardDb(built), () => key.Value, audit, sp.GetRequiredService<TimeProvider>(), logger);
        });
        services.AddSingleton<IAuditTrail>(sp => sp.GetRequiredService<AuditLog>());
        services.AddHostedService<AuditLogShutdown>();
        return services;
    }
}

internal sealed class AuditOptionsValidator : IValidateOptions<AuditOptions>
{
    public ValidateOptionsResult Validate(string? name, AuditOptions options)
    {
        var problems = options.Problems().ToList();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}

using Steward.Core.Catalogue;
using Steward.Core.Gate;

namespace Steward.Decisions;

public static class GateServices
{
    /// <summary>The gate and what it decides on: the compiled catalogue and every subject's state, in
    /// memory. Register after the start-up work that migrates the schema: hosted services start in order.</summary>
    public static IServiceCollection AddStewardGate(this IServiceCollection services)
    {
        services.AddSingleton(sp => CompiledPolicy.From(sp.GetRequiredService<LoadedCatalogue>()));
        services.AddSingleton<SubjectStateStore>();
        services.AddSingleton<GateService>();
        services.AddScoped<SubjectControls>();
        services.AddHostedService<GateStartup>();
        return services;
    }
}

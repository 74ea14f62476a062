using Steward.Core.Breaches;

namespace Steward.Breaches;

public static class BreachServices
{
    /// <summary>The breach register, the notifier for affected people, and the reminders at 24, 48 and
    /// 60 hours (checked every <c>Steward:Breaches:CheckEvery</c>, default 5 minutes, sent to
    /// <c>Steward:Breaches:NotifyTo</c> or else the catalogue's contact address).</summary>
    public static IServiceCollection AddStewardBreaches(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<BreachRegister>();
        services.AddScoped<BreachNotifier>();
        services.AddScoped<BreachReminders>();
        var every = configuration.GetValue("Steward:Breaches:CheckEvery", TimeSpan.FromMinutes(5));
        var to = configuration["Steward:Breaches:NotifyTo"];
        services.AddHostedService(sp => new BreachReminderService(sp, sp.GetRequiredService<TimeProvider>(), every, to,
            sp.GetRequiredService<ILogger<BreachReminderService>>()));
        return services;
    }
}

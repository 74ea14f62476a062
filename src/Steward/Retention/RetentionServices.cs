using Steward.Core.Retention;

namespace Steward.Retention;

public static class RetentionServices
{
    /// <summary>The retention sweep and its lease, retention events and category holds, the forecast
    /// of what expires next, and the scheduled sweep (every <c>Steward:Retention:Interval</c>, default 6 hours).</summary>
    public static IServiceCollection AddStewardRetention(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<DatabaseLease>();
        services.AddScoped<RetentionSweep>();
        services.AddScoped<RetentionRecords>();
        services.AddScoped<RetentionForecast>();
        var interval = configuration.GetValue("Steward:Retention:Interval", TimeSpan.FromHours(6));
        if (interval > TimeSpan.Zero) services.AddHostedService(sp => new RetentionSchedule(sp, sp.GetRequiredService<TimeProvider>(), interval,
            sp.GetRequiredService<ILogger<RetentionSchedule>>()));
        return services;
    }
}

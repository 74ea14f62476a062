using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Steward.Core.Accounts;
using Steward.Core.Collection;

namespace Steward.Sites;

public static class SiteServices
{
    /// <summary>Posts to registration, sign-up and sign-in forms, limited per client address.</summary>
    public const string IntakeRateLimit = "site-intake";

    /// <summary>The site pages' services: collection points, accounts, guardian consent and its sweep.</summary>
    public static IServiceCollection AddStewardSites(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CollectionOptions>().Bind(configuration.GetSection(CollectionOptions.Section))
            .Validate(o => o.GuardianWaitDays >= 1 && o.SweepInterval > TimeSpan.Zero && o.IntakePermitLimit >= 1 && o.IntakeWindow > TimeSpan.Zero,
                "Steward:Collection needs a wait of at least one day, a positive sweep interval and a positive rate limit.")
            .ValidateOnStart();
        services.AddScoped<CollectionService>();
        services.AddScoped<GuardianConsents>();
        services.AddScoped<AccountService>();
        services.AddScoped<SiteMail>();
        services.AddHostedService<GuardianSweep>();
        services.Configure<RateLimiterOptions>(o => o.AddPolicy(IntakeRateLimit, context =>
        {
            if (!HttpMethods.IsPost(context.Request.Method)) return RateLimitPartition.GetNoLimiter("read");
            var limits = context.RequestServices.GetRequiredService<IOptions<CollectionOptions>>().Value;
            var client = (context.Connection.RemoteIpAddress ?? IPAddress.None).ToString();
            return RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = limits.IntakePermitLimit,
                Window = limits.IntakeWindow,
                QueueLimit = 0,
            });
        }));
        return services;
    }
}

using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Steward.Core.Careers;
using Steward.Core.Catalogue;

namespace Steward.Careers;

/// <summary>Job postings, the application form and the recruiters' Console pages (P2.2).</summary>
public static class CareersServices
{
    /// <summary>The rate-limit policy of the application form (posts only, per client address).</summary>
    public const string ApplyRateLimit = "careers-apply";

    public static IServiceCollection AddStewardCareers(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CareersOptions>().Bind(configuration.GetSection(CareersOptions.Section))
            .Validate(o => o.ApplyPermitLimit > 0 && o.ApplyWindow > TimeSpan.Zero, "Steward:Careers needs a positive ApplyPermitLimit and ApplyWindow.")
            .ValidateOnStart();
        services.AddSingleton(sp => ApplicationForm.Create(sp.GetRequiredService<LoadedCatalogue>()));
        services.AddScoped<JobPostings>();
        services.AddScoped<ApplicationIntake>();
        services.AddScoped<ApplicationConfirmation>();
        services.AddAuthorization(CareersPolicies.Add);
        services.AddSingleton<IAuthorizationHandler, RecruitsHandler>();
        services.AddSingleton<IAuthorizationHandler, ManagesPostingsHandler>();
        services.Configure<RateLimiterOptions>(o => o.AddPolicy(ApplyRateLimit, context =>
        {
            if (!HttpMethods.IsPost(context.Request.Method)) return RateLimitPartition.GetNoLimiter("read");
            var careers = context.RequestServices.GetRequiredService<IOptions<CareersOptions>>().Value;
            var client = (context.Connection.RemoteIpAddress ?? IPAddress.None).ToString();
            return RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = careers.ApplyPermitLimit,
                Window = careers.ApplyWindow,
                QueueLimit = 0,
            });
        }));
        return services;
    }
}

public sealed class CareersOptions
{
    public const string Section = "Steward:Careers";
    /// <summary>Application posts one client address may make per window.</summary>
    public int ApplyPermitLimit { get; set; } = 10;
    public TimeSpan ApplyWindow { get; set; } = TimeSpan.FromMinutes(10);
}

/// <summary>The job-application collection point of the catalogue as a form.</summary>
public static class ApplicationForm
{
    public const string CollectionPointId = "job_application";
    /// <summary>The youngest age at which anyone may be employed in mainland China (Labour Law, art. 15).</summary>
    public const int MinimumAge = 16;

    public static CollectionPointForm Create(LoadedCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        var point = catalogue.Policy.CollectionPoints.FirstOrDefault(c => c.Id == CollectionPointId)
            ?? throw new InvalidOperationException($"The catalogue has no collection point '{CollectionPointId}'.");
        return new CollectionPointForm(point, catalogue.Policy, MinimumAge);
    }
}

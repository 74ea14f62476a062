using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Steward.Core.Catalogue;
using Steward.Core.Consent;
using Steward.Core.Statistics;

namespace Steward.Consent;

/// <summary>Consent records and receipts, the cookie banner's endpoints and cookieless visit statistics.</summary>
public static class ConsentServices
{
    public const string BannerCors = "cookie-banner";
    public const string BannerRateLimit = "cookie-banner";
    public const string BannerHeaders = "cookie-banner";

    public static IServiceCollection AddStewardConsent(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<BannerChoices>();
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<Microsoft.EntityFrameworkCore.DbContextOptions<Steward.Core.Storage.StewardDb>>();
            return new ConsentRecordWriter(() => new Steward.Core.Storage.StewardDb(options));
        });
        services.AddScoped<ConsentReceipts>();
        services.AddScoped<VisitReport>();
        StatisticsAccess.Add(services);
        // The banner runs on the catalogue's sites: only their origins may call its endpoints from a page.
        // The banner's files and endpoints are loaded by other sites' pages: cross-origin resource policy allows it.
        services.AddSecurityHeaderPolicies().AddPolicy(BannerHeaders, p => p.AddDefaultSecurityHeaders()
            .AddReferrerPolicyStrictOriginWhenCrossOrigin()
            .RemoveServerHeader()
            .AddCrossOriginResourcePolicy(c => c.CrossOrigin())
            .AddContentSecurityPolicy(csp => { csp.AddDefaultSrc().None(); csp.AddFrameAncestors().None(); }));
        services.AddCors();
        services.AddOptions<Microsoft.AspNetCore.Cors.Infrastructure.CorsOptions>().Configure<LoadedCatalogue>((o, catalogue) =>
            o.AddPolicy(BannerCors, p => p
                .WithOrigins([.. catalogue.Policy.Sites.Select(s => new Uri(s.Url).GetLeftPart(UriPartial.Authority))])
                .WithMethods("GET", "POST").WithHeaders("Content-Type")));
        var permits = configuration.GetValue("Steward:Consent:BannerPermitsPerMinute", 120);
        // Per client address, in memory only: the address is never stored.
        services.Configure<RateLimiterOptions>(o => o.AddPolicy(BannerRateLimit, context =>
            RateLimitPartition.GetFixedWindowLimiter((context.Connection.RemoteIpAddress ?? IPAddress.None).ToString(), _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0,
            })));
        return services;
    }

    /// <summary>CORS for the banner's endpoints: after UseRouting, before the endpoints.</summary>
    public static IApplicationBuilder UseStewardConsent(this IApplicationBuilder app) => app.UseCors();
}

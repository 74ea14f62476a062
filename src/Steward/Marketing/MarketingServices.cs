using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Steward.Core.Email;
using Steward.Core.Marketing;
using Steward.Core.Staff;
using Steward.Email;
using Steward.Staff;

namespace Steward.Marketing;

/// <summary>Marketing email: campaigns in the Console, resumable sending in the background, one-click unsubscribe, and
/// the open pixel and click-through redirect that work only with tracking consent.</summary>
public static class MarketingServices
{
    public const string Policy = "staff-marketing";
    public const string Purpose = "marketing";
    public const string UnsubscribeRateLimit = "one-click-unsubscribe";

    public static IServiceCollection AddStewardMarketing(this IServiceCollection services)
    {
        services.AddScoped(sp => new CampaignSender(
            sp.GetRequiredService<Core.Storage.StewardDb>(), sp.GetRequiredService<Core.Gate.GateService>(), sp.GetRequiredService<Core.Vault.VaultReader>(),
            sp.GetRequiredService<EmailComposer>(), sp.GetRequiredService<IEmailSender>(), sp.GetRequiredService<IOptions<EmailOptions>>().Value,
            sp.GetRequiredService<TimeProvider>()));
        services.AddScoped<Unsubscriber>();
        services.TryAddScoped<Core.Retention.DatabaseLease>();
        services.AddSingleton<CampaignSignal>();
        services.AddScoped<CampaignDispatcher>();
        services.AddHostedService<CampaignWorker>();
        services.AddAuthorizationBuilder().AddPolicy(Policy, p => p
            .RequireAuthenticatedUser()
            .AddRequirements(new TwoFactorDoneRequirement())
            .RequireAssertion(context => context.Resource is HttpContext http
                && http.RequestServices.GetRequiredService<StaffPermissions>().MayActFor(context.User.Roles(), Purpose)));
        services.Configure<RateLimiterOptions>(o => o.AddPolicy(UnsubscribeRateLimit, context =>
            RateLimitPartition.GetFixedWindowLimiter((context.Connection.RemoteIpAddress ?? IPAddress.None).ToString(),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = 60, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })));
        return services;
    }

    /// <summary>The links in messages: no cookie, no sign-in; the token alone names the message.</summary>
    public static IEndpointRouteBuilder MapMarketingApi(this IEndpointRouteBuilder app)
    {
        var email = app.MapGroup("/email").ExcludeFromDescription();
        email.MapPost("/one-click/{token}", OneClickAsync).RequireRateLimiting(UnsubscribeRateLimit);
        email.MapGet("/one-click/{token}", (string token, string? lang) => Results.Redirect($"/email/unsubscribe/{Uri.EscapeDataString(token)}?lang={(lang == "zh-CN" ? "zh-CN" : "en")}"));
        email.MapGet("/open/{token}", OpenAsync);
        email.MapGet("/click/{token}", ClickAsync);
        return app;
    }

    /// <summary>Absolute links for messages, from <see cref="PublicLinks"/>.</summary>
    public static Func<string, Uri> Links(IServiceProvider services) => services.GetRequiredService<PublicLinks>().To;

    private static async Task<IResult> OneClickAsync(string token, string? lang, HttpContext http, Unsubscriber unsubscriber, CancellationToken ct)
    {
        if (!await unsubscriber.UnsubscribeAsync(token, ct))
            return Results.Problem(title: "Unknown unsubscribe link", detail: "The link matches no message we sent.", statusCode: StatusCodes.Status404NotFound);
        // A person who pressed the button on the unsubscribe page sees the result there; mail clients get 200.
        return http.Request.HasFormContentType && http.Request.Form.ContainsKey("page")
            ? Results.Redirect($"/email/unsubscribe/{Uri.EscapeDataString(token)}?done=true&lang={(lang == "zh-CN" ? "zh-CN" : "en")}")
            : Results.Ok(new { unsubscribed = true });
    }

    private static readonly byte[] Pixel = Convert.FromBase64String("R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==");

    private static async Task<IResult> OpenAsync(string token, HttpContext http, Unsubscriber unsubscriber, CancellationToken ct)
    {
        await unsubscriber.TrackAsync(token, click: false, ct);
        http.Response.Headers.CacheControl = "no-store";
        return Results.Bytes(Pixel, "image/gif");
    }

    private static async Task<IResult> ClickAsync(string token, Unsubscriber unsubscriber, Core.Storage.StewardDb db, CancellationToken ct)
    {
        if (await unsubscriber.TrackAsync(token, click: true, ct) is not { } delivery) return Results.NotFound();
        var link = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
            db.Set<Campaign>().Where(c => c.Id == delivery.CampaignId).Select(c => c.Link), ct);
        return link is null ? Results.NotFound() : Results.Redirect(link);
    }
}

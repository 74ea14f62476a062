using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Steward.Core.Gate;
using Steward.Core.Requests;
using Steward.Core.Staff;
using Steward.Core.Storage;
using Steward.Core.Webhooks;
using Steward.Email;
using Steward.People;
using Steward.Staff;

namespace Steward.Requests;

/// <summary>Rights requests: intake (public form, Privacy Center, Console), the worker, the clock, the
/// webhook outbox, and the package downloads.</summary>
public static class RequestServices
{
    /// <summary>The rate-limit policy of the public request form's posts.</summary>
    public const string IntakeRateLimit = "requests-intake";

    /// <summary>Console pages of requests: signed in (with a second factor where required), and holding a
    /// role the catalogue grants the purpose of handling requests.</summary>
    public const string StaffPolicy = "staff-requests";

    public static IServiceCollection AddStewardRequests(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RequestOptions>().Bind(configuration.GetSection(RequestOptions.Section));
        services.AddSingleton<RequestDeadlines>();
        services.AddSingleton<RequestSignal>();
        services.AddSingleton<WebhookSignal>();
        services.AddSingleton(sp => new RequestLinks(path => sp.GetRequiredService<PublicLinks>().To(path)));
        services.AddScoped<RequestVault>();
        services.AddScoped<RequestCases>();
        services.AddScoped<RequestIntake>();
        services.AddSingleton<IntakeMail>();
        services.AddHostedService<IntakeMailSender>();
        services.AddScoped<RequestReplies>();
        services.AddScoped<RequestFulfilment>();
        services.AddScoped<MigrationTransfer>();
        services.AddScoped<RequestClock>();
        services.AddScoped<AccessPackage>();
        services.AddScoped<WebhookOutbox>();
        services.AddHttpClient(WebhookDispatcher.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false });
        services.AddSingleton<RequestClockService>();
        services.AddSingleton<IHostedService>(sp => new WorkerHost(sp));
        services.AddAuthorizationBuilder().AddPolicy(StaffPolicy, p => p.RequireAuthenticatedUser()
            .AddRequirements(new TwoFactorDoneRequirement(), new HandlesRequestsRequirement()));
        services.AddSingleton<IAuthorizationHandler, HandlesRequestsHandler>();
        services.Configure<RateLimiterOptions>(o => o.AddPolicy(IntakeRateLimit, context =>
        {
            if (!HttpMethods.IsPost(context.Request.Method)) return RateLimitPartition.GetNoLimiter("read");
            var settings = context.RequestServices.GetRequiredService<IOptions<RequestOptions>>().Value;
            var client = (context.Connection.RemoteIpAddress ?? IPAddress.None).ToString();
            return RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = settings.IntakePermitLimit, Window = settings.IntakeWindow, QueueLimit = 0,
            });
        }));
        return services;
    }

    /// <summary>Whether the roles may handle rights requests.</summary>
    public static bool HandlesRequests(this StaffPermissions permissions, IEnumerable<string> roles)
    {
        ArgumentNullException.ThrowIfNull(permissions);
        return permissions.MayActFor(roles, RequestVault.Purpose);
    }

    /// <summary>The package of a completed access, portability or migration request: by an expiring link, or signed in.</summary>
    public static void MapRequestsApi(this IEndpointRouteBuilder app)
    {
        // The contact channel the notice publishes (organisation.contact.web_form) opens the request form (P11.1).
        var contact = app.ServiceProvider.GetRequiredService<Steward.Core.Catalogue.LoadedCatalogue>().Policy.Organisation.Contact.WebForm;
        if (contact is { Length: > 1 } && contact.StartsWith('/') && !contact.StartsWith("/privacy/requests", StringComparison.Ordinal))
            app.MapGet(contact, (HttpContext http) =>
            Results.Redirect("/privacy/requests/new?kind=contact" + (http.Request.Query.TryGetValue("lang", out var lang) ? "&lang=" + Uri.EscapeDataString(lang.ToString()) : "")))
            .ExcludeFromDescription();
        app.MapGet("/privacy/requests/package/{token}", async (string token, StewardDb db, AccessPackage package, RequestVault vault, TimeProvider clock, CancellationToken ct) =>
        {
            var hash = SecretToken.Hash(token);
            var link = await db.Set<PackageLink>().SingleOrDefaultAsync(l => l.TokenHash == hash, ct);
            if (link is null || clock.GetUtcNow() > link.ExpiresAt) return Results.NotFound();
            var rightsCase = await db.Set<RightsCase>().AsNoTracking().SingleAsync(c => c.Id == link.CaseId, ct);
            if (link.OneUse) return await TransferDownloadAsync(link, rightsCase, db, vault, ct);
            link.Downloads++;
            await db.SaveChangesAsync(ct);
            return await DownloadAsync(rightsCase, RequestVault.Worker, package, clock, ct);
        }).ExcludeFromDescription();

        app.MapGet("/privacy/requests/{reference}/package", async (string reference, HttpContext http, StewardDb db, AccessPackage package, TimeProvider clock, CancellationToken ct) =>
        {
            var subject = PersonSession.SubjectOf(http.User);
            var rightsCase = await db.Set<RightsCase>().AsNoTracking().SingleOrDefaultAsync(c => c.Reference == reference, ct);
            if (rightsCase is null || subject != rightsCase.SubjectId || !RequestFulfilment.Packaged(rightsCase.Kind) || rightsCase.State != CaseState.Completed)
                return Results.NotFound();
            return await DownloadAsync(rightsCase, ActorRef.Subject(rightsCase.SubjectId), package, clock, ct);
        }).RequireAuthorization(PersonSession.Policy).ExcludeFromDescription();
    }

    /// <summary>A migration's package for the receiving service: the snapshot the event's SHA-256 names, served once.</summary>
    private static async Task<IResult> TransferDownloadAsync(PackageLink link, RightsCase rightsCase, StewardDb db, RequestVault vault, CancellationToken ct)
    {
        var claimed = await db.Set<PackageLink>().Where(l => l.Id == link.Id && l.Downloads == 0).ExecuteUpdateAsync(u => u.SetProperty(l => l.Downloads, 1), ct);
        if (claimed == 0) return Results.StatusCode(StatusCodes.Status410Gone);
        var snapshot = await vault.NoteAsync(rightsCase.SubjectId, rightsCase.Reference, MigrationTransfer.SnapshotKey, ct);
        return snapshot is null ? Results.NotFound() : Results.Text(snapshot, "application/json", System.Text.Encoding.UTF8);
    }

    private static async Task<IResult> DownloadAsync(RightsCase rightsCase, ActorRef actor, AccessPackage package, TimeProvider clock, CancellationToken ct)
    {
        var contents = await package.BuildAsync(rightsCase.SubjectId, actor, clock.GetUtcNow(), ct);
        var zip = await package.ZipAsync(contents, rightsCase.Language);
        return Results.File(zip, "application/zip", $"{rightsCase.Reference}.zip");
    }

    /// <summary>Starts the worker, the clock and the dispatcher only when <see cref="RequestOptions.Worker"/> is on.</summary>
    private sealed class WorkerHost(IServiceProvider services) : IHostedService
    {
        private readonly List<IHostedService> _running = [];

        public async Task StartAsync(CancellationToken cancellationToken)
        {
            if (!services.GetRequiredService<IOptions<RequestOptions>>().Value.Worker) return;
            _running.Add(ActivatorUtilities.CreateInstance<RequestWorker>(services));
            _running.Add(services.GetRequiredService<RequestClockService>());
            _running.Add(ActivatorUtilities.CreateInstance<WebhookDispatcher>(services));
            foreach (var service in _running) await service.StartAsync(cancellationToken);
        }

        public async Task StopAsync(CancellationToken cancellationToken)
        {
            foreach (var service in _running) await service.StopAsync(cancellationToken);
            foreach (var service in _running.OfType<IDisposable>()) service.Dispose();
        }
    }
}

internal sealed class HandlesRequestsRequirement : IAuthorizationRequirement;

internal sealed class HandlesRequestsHandler(StaffPermissions permissions) : AuthorizationHandler<HandlesRequestsRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, HandlesRequestsRequirement requirement)
    {
        if (permissions.HandlesRequests(context.User.Roles())) context.Succeed(requirement);
        return Task.CompletedTask;
    }
}

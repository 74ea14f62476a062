using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using Scalar.AspNetCore;
using Steward.Core.Catalogue;
using Steward.Core.Notices;
using Steward.Core.Storage;
using Steward.Audit;
using Steward.Careers;
using Steward.Catalogue;
using Steward.Consent;
using Steward.Decisions;
using Steward.Email;
using Steward.Marketing;
using Steward.Notices;
using Steward.People;
using Steward.Sites;
using Steward.Requests;
using Steward.Sharing;
using Steward.Retention;
using Steward.Breaches;
using Steward.Staff;
using Steward.Vault;

namespace Steward.Hosting;

/// <summary>Composes the web host: services, middleware and endpoints, one feature at a time.</summary>
public static class StewardApp
{
    /// <summary>Where Steward listens when neither --urls, Urls nor ASPNETCORE_URLS says otherwise.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <param name="settings">Settings that win over appsettings.json and the environment.</param>
    /// <param name="replaceServices">Runs after Steward's own registrations (tests: a fake clock, a test double).</param>
    public static WebApplication Create(IDictionary<string, string?>? settings = null, Action<IServiceCollection>? replaceServices = null)
    {
        // Settings files sit beside the executable, so Steward behaves the same from any working folder.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ContentRootPath = AppContext.BaseDirectory,
            // Pages are found in the assembly named here; under a test runner the entry assembly is another.
            ApplicationName = typeof(StewardApp).Assembly.GetName().Name,
        });
        if (settings is not null) builder.Configuration.AddInMemoryCollection(settings);
        if (string.IsNullOrWhiteSpace(builder.Configuration["urls"])) builder.WebHost.UseUrls(DefaultUrls);
        builder.WebHost.ConfigureKestrel(k => k.AddServerHeader = false);
        AddServices(builder);
        replaceServices?.Invoke(builder.Services);
        var app = builder.Build();
        UsePipeline(app);
        return app;
    }

    private static void AddServices(WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<StewardOptions>().Bind(builder.Configuration.GetSection(StewardOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<StewardOptions>, StewardOptionsValidator>();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(sp => LoadedCatalogue.Load(sp.GetRequiredService<IOptions<StewardOptions>>().Value.Catalogue));
        // Options built once (singleton), not per request: building them per scope cost more than a
        // small query (the banner's choices spent most of their time there).
        services.AddDbContext<StewardDb>((sp, options) => options.UseStewardDatabase(sp.GetRequiredService<IOptions<StewardOptions>>().Value),
            ServiceLifetime.Scoped, ServiceLifetime.Singleton);
        services.AddScoped<NoticePublisher>();
        services.AddHostedService<StartupWork>();
        services.AddStewardAudit(builder.Configuration);
        services.AddStewardVault(builder.Configuration);
        services.AddStewardGate();

        services.AddProblemDetails();
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
            o.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        });
        services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Steward API";
            document.Info.Description = "The policy catalogue, privacy notices and, as they land, decisions, requests and the audit log.";
            return Task.CompletedTask;
        }));
        services.AddHealthChecks().AddDbContextCheck<StewardDb>("database");
        services.AddRazorPages();
        // Chinese text is written as characters, not as &#x...; entities (the encoder still escapes markup).
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddLocalization();
        services.AddStewardSecurityHeaders();
        // Keys that sign antiforgery tokens and cookies live in the data folder, not in the user's home.
        var dataFolder = builder.Configuration[$"{StewardOptions.Section}:{nameof(StewardOptions.DataFolder)}"] is { Length: > 0 } folder ? folder : "data";
        services.AddDataProtection()
            .SetApplicationName("steward")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(Path.GetFullPath(dataFolder), "protection-keys")));
        services.AddKekSealedDataProtectionKeys();
        services.AddStewardStaff(builder.Configuration);
        services.AddStewardEmail(builder.Configuration);
        services.AddStewardPeople();
        services.AddStewardSites(builder.Configuration);
        services.AddStewardCareers(builder.Configuration);
        services.AddStewardConsent(builder.Configuration);
        services.AddStewardMarketing();
        services.AddStewardRequests(builder.Configuration);
        services.AddStewardSharing();
        services.AddStewardRetention(builder.Configuration);
        services.AddStewardBreaches(builder.Configuration);
        services.AddStewardNoticeChanges();
    }

    private static void UsePipeline(WebApplication app)
    {
        // Localization first: error pages re-executed further in keep the reader's language.
        app.UseStewardLocalization();
        app.UseControlCharacterForms();
        app.UseExceptionHandler("/error/500");
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        if (!app.Environment.IsDevelopment()) app.UseHsts();
        app.UseSecurityHeaders();
        app.UseStewardStaticFiles();
        app.UseRouting();
        app.UseStewardStaff();
        app.UseStewardConsent();

        app.MapHealthChecks("/health");
        app.MapOpenApi();
        app.MapScalarApiReference("/api/reference", o => o.WithTitle("Steward API")).WithSecurityHeadersPolicy(SecurityHeaders.ApiReferencePolicy);
        app.MapCatalogueApi();
        app.MapDecisionApi();
        app.MapBenchmarkEndpoint();
        app.MapNoticeApi();
        app.MapAuditApi();
        app.MapConsentApi();
        app.MapMarketingApi();
        app.MapRequestsApi();
        app.MapDisclosureApi();
        app.MapRazorPages();
    }
}

using System.Net;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Steward.Core.Audit;
using Steward.Core.Catalogue;
using Steward.Core.Staff;
using Steward.Core.Storage;

namespace Steward.Staff;

/// <summary>Staff accounts, roles, two-factor sign-in, the Console's policies, API keys: registered
/// with <see cref="AddStewardStaff"/> and put in the pipeline with <see cref="UseStewardStaff"/>.</summary>
public static class StaffServices
{
    /// <summary>The rate-limit policy of the sign-in, two-factor and set-up pages (form posts only).</summary>
    public const string SignInRateLimit = "staff-sign-in";

    public static IServiceCollection AddStewardStaff(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StaffOptions>().Bind(configuration.GetSection(StaffOptions.Section))
            .Validate(o => !o.Problems().Any(), "Steward:Staff has a value that cannot work.")
            .ValidateOnStart();

        services.TryAddSingleton(sp => new StaffPermissions(sp.GetRequiredService<LoadedCatalogue>()));
        services.TryAddSingleton<ApiKeyValidator>();
        services.AddScoped<ApiKeys>();
        services.AddScoped<StaffInvitations>();
        services.AddScoped<StaffAudit>();
        services.TryAddSingleton(new OperatorOutput(Console.Out));
        services.AddHostedService<FirstAdministratorSetup>();

        AddIdentity(services);
        services.AddAuthorization(StaffPolicies.Add);
        services.AddSingleton<IAuthorizationHandler, TwoFactorDoneHandler>();
        services.AddSingleton<IAuthorizationHandler, AdministersHandler>();
        services.AddSingleton<IAuthorizationHandler, ReadsAuditHandler>();
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, TwoFactorRedirect>();
        services.AddRateLimiter(AddRateLimits);
        return services;
    }

    /// <summary>Rate limits, then authentication and authorization: after UseRouting, before the endpoints.</summary>
    public static IApplicationBuilder UseStewardStaff(this IApplicationBuilder app)
    {
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }

    private static void AddIdentity(IServiceCollection services)
    {
        services.AddIdentity<StaffUser, IdentityRole>(o =>
            {
                // Long passphrases rather than composition rules (NIST SP 800-63B).
                o.Password.RequiredLength = 12;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.User.RequireUniqueEmail = true;
                o.User.AllowedUserNameCharacters = ""; // the user name is the email, whatever it holds
                o.SignIn.RequireConfirmedAccount = true; // "confirmed" means not disabled: DisabledStaffConfirmation
                o.Lockout.AllowedForNewUsers = true;
                o.Tokens.AuthenticatorTokenProvider = OneUseAuthenticatorTokenProvider.Name;
            })
            .AddEntityFrameworkStores<StewardDb>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<OneUseAuthenticatorTokenProvider>(OneUseAuthenticatorTokenProvider.Name);
        services.AddScoped<IUserConfirmation<StaffUser>, DisabledStaffConfirmation>();
        services.AddOptions<IdentityOptions>().Configure<IOptions<StaffOptions>>((o, staff) =>
        {
            o.Lockout.MaxFailedAccessAttempts = staff.Value.MaxFailedAccessAttempts;
            o.Lockout.DefaultLockoutTimeSpan = staff.Value.LockoutDuration;
        });
        services.AddOptions<SecurityStampValidatorOptions>().Configure<TimeProvider>((o, time) =>
        {
            o.TimeProvider = time;
            // Every request re-reads the member (roles, disabled), so a change takes effect at once.
            o.ValidationInterval = TimeSpan.Zero;
            // The refreshed principal keeps the record that the second factor was given.
            o.OnRefreshingPrincipal = context =>
            {
                if (context.CurrentPrincipal?.HasSecondFactor() == true && context.NewPrincipal?.Identity is ClaimsIdentity identity)
                    identity.AddClaim(new Claim(StaffPolicies.MultiFactorClaim, StaffPolicies.MultiFactorValue));
                return Task.CompletedTask;
            };
        });
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "steward-staff";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            o.LoginPath = ConsoleLinks.SignIn;
            o.LogoutPath = ConsoleLinks.SignOut;
            o.Events.OnRedirectToLogin = context =>
            {
                if (context.Request.Path.StartsWithSegments("/api")) context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                else context.Response.Redirect(ConsoleLinks.To(context.RedirectUri));
                return Task.CompletedTask;
            };
            // A member without the role gets a 403 page in their language, not a redirect.
            o.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        services.ConfigureExternalCookie(o => o.Cookie.Name = "steward-staff-external");
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme, o =>
        {
            o.Cookie.Name = "steward-staff-2fa";
            o.Cookie.SameSite = SameSiteMode.Strict;
        });
    }

    private static void AddRateLimits(RateLimiterOptions options)
    {
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        // The body is left empty: the status-code pages show the 429 page in the reader's language.
        options.OnRejected = (context, _) =>
        {
            if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return ValueTask.CompletedTask;
        };
        // Per client address, form posts only: reading the form is never limited.
        options.AddPolicy(SignInRateLimit, context =>
        {
            if (!HttpMethods.IsPost(context.Request.Method)) return RateLimitPartition.GetNoLimiter("read");
            var staff = context.RequestServices.GetRequiredService<IOptions<StaffOptions>>().Value;
            var client = (context.Connection.RemoteIpAddress ?? IPAddress.None).ToString();
            return RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = staff.SignInPermitLimit,
                Window = staff.SignInWindow,
                QueueLimit = 0,
            });
        });
    }
}

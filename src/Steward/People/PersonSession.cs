using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Steward.People;

/// <summary>The sign-in of the people whose data Steward holds (site accounts, the Privacy Center):
/// its own cookie, separate from staff sign-in, carrying only the subject's pseudonymous id.
/// Pages for people require <see cref="Policy"/>; they read who is signed in with <see cref="SubjectOf"/>.</summary>
public static class PersonSession
{
    public const string Scheme = "steward-person";
    public const string Policy = "person";
    public const string SubjectClaim = "steward-subject";
    public const string SignInPath = "/account/sign-in";
    public const string SignOutPath = "/account/sign-out";

    public static IServiceCollection AddStewardPeople(this IServiceCollection services)
    {
        services.AddAuthentication().AddCookie(Scheme, o =>
        {
            o.Cookie.Name = "steward-person";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.ExpireTimeSpan = TimeSpan.FromHours(2);
            o.SlidingExpiration = true;
            o.LoginPath = SignInPath;
            o.LogoutPath = SignOutPath;
            o.Events.OnRedirectToLogin = context =>
            {
                if (context.Request.Path.StartsWithSegments("/api")) context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                else context.Response.Redirect(context.RedirectUri);
                return Task.CompletedTask;
            };
        });
        services.AddAuthorizationBuilder().AddPolicy(Policy, p => p
            .AddAuthenticationSchemes(Scheme)
            .RequireAuthenticatedUser()
            .RequireClaim(SubjectClaim));
        return services;
    }

    /// <summary>The subject id of the signed-in person, or null.</summary>
    public static Guid? SubjectOf(ClaimsPrincipal user) =>
        user.FindFirst(SubjectClaim)?.Value is { } value && Guid.TryParse(value, out var id) ? id : null;

    /// <summary>The principal a person's session carries: the subject id and nothing personal.</summary>
    public static ClaimsPrincipal Principal(Guid subjectId) =>
        new(new ClaimsIdentity([new Claim(SubjectClaim, subjectId.ToString())], Scheme, SubjectClaim, null));

    public static Task SignInAsync(HttpContext http, Guid subjectId) =>
        http.SignInAsync(Scheme, Principal(subjectId), new AuthenticationProperties { IsPersistent = false });

    public static Task SignOutAsync(HttpContext http) => http.SignOutAsync(Scheme);
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace Steward.Staff;

/// <summary>Sends a signed-in member who must use two-factor sign-in but has not yet to the enrolment
/// page, instead of answering 403; every other authorization result is handled as usual.</summary>
internal sealed class TwoFactorRedirect : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    /// <remarks>API callers are not sent to a page: they get the 403 problem.</remarks>
    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        var mustEnrol = authorizeResult.Forbidden
            && !context.Request.Path.StartsWithSegments("/api")
            && authorizeResult.AuthorizationFailure?.FailureReasons.Any(r => r.Message == TwoFactorDoneHandler.EnrolFirst) == true;
        if (!mustEnrol) return _default.HandleAsync(next, context, policy, authorizeResult);
        context.Response.Redirect(ConsoleLinks.To(ConsoleLinks.TwoFactor));
        return Task.CompletedTask;
    }
}

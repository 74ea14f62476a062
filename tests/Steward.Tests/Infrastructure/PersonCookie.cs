using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Steward.People;

namespace Steward.Tests.Infrastructure;

/// <summary>A person's session cookie, made with the server's own data-protection keys, for tests of
/// pages behind the person sign-in that are not about signing in itself.</summary>
internal static class PersonCookie
{
    public static string Value(StewardServer server, Guid subjectId)
    {
        var options = server.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(PersonSession.Scheme);
        var ticket = new AuthenticationTicket(PersonSession.Principal(subjectId), PersonSession.Scheme);
        return options.TicketDataFormat.Protect(ticket);
    }

    /// <summary>The Cookie header value for an HttpClient request.</summary>
    public static string Header(StewardServer server, Guid subjectId) => $"{PersonSession.Scheme}={Value(server, subjectId)}";
}

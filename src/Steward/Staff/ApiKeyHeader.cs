using Microsoft.Net.Http.Headers;
using Steward.Core.Staff;

namespace Steward.Staff;

/// <summary>Where other systems put their API key: <c>Authorization: Bearer stw_...</c> (preferred),
/// or <c>X-Api-Key: stw_...</c> where a client cannot set Authorization.</summary>
public static class ApiKeyHeader
{
    public const string Name = "X-Api-Key";

    /// <summary>The key presented with the request, or null when there is none.</summary>
    public static string? Read(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var authorization = request.Headers[HeaderNames.Authorization].ToString();
        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            var token = authorization["Bearer ".Length..].Trim();
            if (token.StartsWith(ApiKeyFormat.Prefix, StringComparison.Ordinal)) return token;
        }
        var header = request.Headers[Name].ToString().Trim();
        return header.Length > 0 ? header : null;
    }

    /// <summary>The system behind the request's API key, or null when it has no valid key.</summary>
    public static async ValueTask<ApiClient?> ValidateAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var key = Read(context.Request);
        return key is null ? null : await context.RequestServices.GetRequiredService<ApiKeyValidator>().ValidateAsync(key, context.RequestAborted);
    }
}

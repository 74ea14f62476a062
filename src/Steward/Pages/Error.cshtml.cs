using System.Globalization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Steward.Pages;

/// <summary>Errors re-executed here: a page in the reader's language, or RFC 9457 problem details
/// for API callers.</summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel(IProblemDetailsService problems) : PageModel
{
    public int Code { get; private set; }

    /// <summary>The address the reader asked for, so the language links on the error page keep it.</summary>
    public string? OriginalPath { get; private set; }

    // Re-execution keeps the request's method, so every method needs a handler. The code is read from
    // the route values, not bound: binding also reads a re-executed post's form (which may hold a field
    // named "code", or fail to parse), and a failed binding left the code, and the status, at 0.
    public async Task<IActionResult> OnGetAsync() => await Handle();
    public async Task<IActionResult> OnPostAsync() => await Handle();
    public async Task<IActionResult> OnPutAsync() => await Handle();
    public async Task<IActionResult> OnPatchAsync() => await Handle();
    public async Task<IActionResult> OnDeleteAsync() => await Handle();

    /// <summary>The status the error page answers: an error code as asked, anything else 500.</summary>
    public static int StatusFor(object? routeCode) =>
        int.TryParse(Convert.ToString(routeCode, CultureInfo.InvariantCulture), NumberStyles.None, CultureInfo.InvariantCulture, out var code)
        && code is >= 400 and <= 599 ? code : StatusCodes.Status500InternalServerError;

    private async Task<IActionResult> Handle()
    {
        var original = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath
            ?? HttpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path;
        Code = original is null ? 404 : StatusFor(RouteData.Values["code"]); // /error/500 asked for directly is not an error
        OriginalPath = original;
        Response.StatusCode = Code;
        if (original?.StartsWith("/api", StringComparison.OrdinalIgnoreCase) == true)
        {
            await problems.WriteAsync(new ProblemDetailsContext { HttpContext = HttpContext, ProblemDetails = { Status = Code } });
            return new EmptyResult();
        }
        return Page();
    }
}

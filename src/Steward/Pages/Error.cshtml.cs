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

    // Re-execution keeps the request's method, so every method needs a handler. The code comes from
    // the route only: a re-executed form post may carry a field named "code" of its own.
    public async Task<IActionResult> OnGetAsync([FromRoute] int code) => await Handle(code);
    public async Task<IActionResult> OnPostAsync([FromRoute] int code) => await Handle(code);
    public async Task<IActionResult> OnPutAsync([FromRoute] int code) => await Handle(code);
    public async Task<IActionResult> OnPatchAsync([FromRoute] int code) => await Handle(code);
    public async Task<IActionResult> OnDeleteAsync([FromRoute] int code) => await Handle(code);

    private async Task<IActionResult> Handle(int code)
    {
        var original = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath
            ?? HttpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path;
        Code = original is null ? 404 : code; // /error/500 asked for directly is not an error
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

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Steward.Core.Marketing;

namespace Steward.Pages.Email;

/// <summary>Where a message's visible unsubscribe link leads: one button, no sign-in (P2.8). Opening
/// the page changes nothing, so link scanners in mail systems cannot unsubscribe anyone.</summary>
public sealed class UnsubscribeModel(Unsubscriber unsubscriber) : PageModel
{
    public bool Known { get; private set; }
    public bool Done { get; private set; }
    public string Token { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string token, bool done, CancellationToken ct)
    {
        Token = token;
        Known = await unsubscriber.FindAsync(token, ct) is not null;
        Done = done && Known;
        return Known ? Page() : NotFound();
    }
}

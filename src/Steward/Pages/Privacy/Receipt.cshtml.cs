using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Steward.Core.Consent;
using Steward.People;

namespace Steward.Pages.Privacy;

/// <summary>A consent receipt, readable: the same fields as the JSON receipt.</summary>
[Authorize(Policy = PersonSession.Policy)]
public sealed class ReceiptModel(ConsentReceipts receipts) : PageModel
{
    public ConsentReceipt Receipt { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        var origin = $"{Request.Scheme}://{Request.Host}";
        var receipt = await receipts.ReceiptAsync(PersonSession.SubjectOf(User)!.Value, id, Hosting.Localization.Current, path => origin + path, ct);
        if (receipt is null) return NotFound();
        Receipt = receipt;
        return Page();
    }
}

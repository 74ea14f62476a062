using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Steward.Core.Requests;
using Steward.Core.Storage;
using Steward.Requests;
using Steward.Staff;

namespace Steward.Pages.Console;

/// <summary>The queue of rights requests: overdue first, then by deadline; filtered by state, kind,
/// overdue and assignment.</summary>
[Authorize(Policy = RequestServices.StaffPolicy)]
public sealed class RequestsModel(StewardDb db, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? State { get; set; }
    [BindProperty(SupportsGet = true)] public string? Kind { get; set; }
    [BindProperty(SupportsGet = true)] public bool Overdue { get; set; }
    [BindProperty(SupportsGet = true)] public bool Mine { get; set; }
    public List<RightsCase> Cases { get; private set; } = [];
    public DateTimeOffset Now { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Now = clock.GetUtcNow();
        var now = Now;
        var query = db.Set<RightsCase>().AsNoTracking();
        if (Enum.TryParse<CaseState>(State, true, out var state)) query = query.Where(c => c.State == state);
        if (Enum.TryParse<RequestKind>(Kind, true, out var kind)) query = query.Where(c => c.Kind == kind);
        var closed = new[] { CaseState.Completed, CaseState.Declined };
        if (Overdue) query = query.Where(c => !closed.Contains(c.State) && c.DueAt < now);
        if (Mine)
        {
            var me = StaffAudit.Actor(User).Id;
            query = query.Where(c => c.AssignedTo == me);
        }
        Cases = await query
            .OrderByDescending(c => !closed.Contains(c.State) && c.DueAt < now)
            .ThenBy(c => closed.Contains(c.State))
            .ThenBy(c => c.DueAt)
            .Take(200).ToListAsync(cancellationToken);
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Steward.Core.Catalogue;
using Steward.Core.Notices;
using Steward.Core.Storage;
using Steward.Email;
using Steward.Sharing;
using Steward.Staff;

namespace Steward.Pages.Governance;

/// <summary>A site's current notice version against the one before it, line by line; staff mark the
/// change material or not with its effective date, and announce a material change by email.</summary>
[Authorize(Policy = GovernancePolicy.Name)]
public sealed class NoticeChangesModel(LoadedCatalogue catalogue, NoticePublisher publisher, NoticeChanges changes, StewardDb db, PublicLinks links) : PageModel
{
    [BindProperty(SupportsGet = true)] public string Site { get; set; } = "";
    [BindProperty] public bool Material { get; set; }
    [BindProperty] public DateOnly? EffectiveOn { get; set; }

    public string? Version { get; private set; }
    public string? Previous { get; private set; }
    public IReadOnlyList<NoticeDiffLine> Diff { get; private set; } = [];
    public NoticeChange? Change { get; private set; }
    public bool LeadTimeProblem { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostMarkAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        try
        {
            var effective = EffectiveOn is { } day ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : DateTimeOffset.MinValue;
            await changes.MarkAsync(StaffAudit.Actor(User), Site, Version!, Material, effective, ct);
            return Redirect(ConsoleLinks.To("/console/notice-changes?site=" + Uri.EscapeDataString(Site)));
        }
        catch (NoticeChangeException)
        {
            LeadTimeProblem = true;
            return Page();
        }
    }

    public async Task<IActionResult> OnPostAnnounceAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct) || Change is null) return NotFound();
        await changes.AnnounceAsync(StaffAudit.Actor(User), Change.Id, path => links.To(path).ToString(), ct);
        return Redirect(ConsoleLinks.To("/console/notice-changes?site=" + Uri.EscapeDataString(Site)));
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (string.IsNullOrEmpty(Site)) Site = catalogue.Policy.Sites.FirstOrDefault()?.Id ?? "";
        if (catalogue.FindSite(Site) is null || await publisher.CurrentAsync(Site, ct) is not { } current) return false;
        Version = current.Version;
        Previous = (await changes.PreviousAsync(Site, current.Version, ct))?.Version;
        Diff = await changes.DiffAsync(Site, current.Version, Hosting.Localization.Current, ct);
        Change = await db.Set<NoticeChange>().AsNoTracking().FirstOrDefaultAsync(c => c.SiteId == Site && c.Version == current.Version, ct);
        return true;
    }
}

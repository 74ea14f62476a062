using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Steward.Core.Catalogue;
using Purpose = Steward.Core.Catalogue.Model.Purpose;
using LegalBasis = Steward.Core.Catalogue.Model.LegalBasis;
using Steward.Core.Marketing;
using Steward.Core.Storage;
using Steward.Marketing;
using Steward.Staff;

namespace Steward.Pages.Console;

/// <summary>Marketing writes campaigns for a consent topic and queues them; a background sender sends them
/// (<see cref="CampaignWorker"/>) and the page shows each one's progress when refreshed.</summary>
[Authorize(Policy = MarketingServices.Policy)]
public sealed class CampaignsModel(StewardDb db, CampaignSender sender, CampaignDispatcher dispatcher, LoadedCatalogue catalogue, StaffAudit audit, TimeProvider time) : PageModel
{
    [BindProperty, Required] public string? Topic { get; set; }
    [BindProperty, Required] public string? Language { get; set; }
    [BindProperty, Required, StringLength(300)] public string? Subject { get; set; }
    [BindProperty, Required, StringLength(20_000)] public string? Body { get; set; }
    [BindProperty, Url, StringLength(2000)] public string? Link { get; set; }

    public IReadOnlyList<(Campaign Campaign, CampaignProgress Progress)> Campaigns { get; private set; } = [];

    /// <summary>Purposes a campaign can be about: consent-based marketing purposes, apart from tracking and advertising.</summary>
    public IReadOnlyList<Purpose> Topics => [.. catalogue.Policy.Purposes.Where(p =>
        p.Id.StartsWith("marketing.", StringComparison.Ordinal) && p.LegalBasis == LegalBasis.Consent
        && p.Id is not (CampaignSender.TrackingPurpose or "marketing.advertising_measurement"))];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        if (Topic is not null && !Topics.Any(t => t.Id == Topic)) ModelState.AddModelError(nameof(Topic), "unknown topic");
        if (Language is not null && Language is not ("en" or "zh-CN")) ModelState.AddModelError(nameof(Language), "unknown language");
        if (!ModelState.IsValid)
        {
            await LoadAsync(ct);
            return Page();
        }
        var campaign = new Campaign
        {
            Topic = Topic!, Language = Language!, Subject = Subject!, Body = Body!, Link = string.IsNullOrWhiteSpace(Link) ? null : Link,
            CreatedBy = StaffAudit.Actor(User).Id, CreatedAt = time.GetUtcNow(),
        };
        db.Set<Campaign>().Add(campaign);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(StaffAudit.Actor(User), "campaign.create", $"campaign {campaign.Id} on {campaign.Topic}", cancellationToken: ct);
        return RedirectToPage(new { lang = Hosting.Localization.Current });
    }

    public async Task<IActionResult> OnPostSendAsync(long id, CancellationToken ct)
    {
        if (!await db.Set<Campaign>().AnyAsync(c => c.Id == id, ct)) return NotFound();
        await audit.RecordAsync(StaffAudit.Actor(User), "campaign.send", $"campaign {id}", cancellationToken: ct);
        if (!await dispatcher.QueueAsync(id, ct)) return NotFound();
        return RedirectToPage(new { lang = Hosting.Localization.Current });
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var campaigns = await db.Set<Campaign>().AsNoTracking().OrderByDescending(c => c.Id).Take(50).ToListAsync(ct);
        var list = new List<(Campaign, CampaignProgress)>();
        foreach (var c in campaigns) list.Add((c, await sender.ProgressAsync(c.Id, ct)));
        Campaigns = list;
    }
}

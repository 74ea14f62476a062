using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Steward.Core.Breaches;
using Steward.Core.Catalogue;
using Steward.Core.Catalogue.Model;
using Steward.Core.Consent;
using Steward.Core.Retention;
using Steward.Core.Storage;
using Steward.Sharing;

namespace Steward.Pages.Governance;

/// <summary>The governance dashboard: charts drawn on the server as SVG (no script): the clock of
/// each breach awaiting notification, what retention erases in the next 30 days, and the share of
/// people asked who consent, by purpose.</summary>
[Authorize(Policy = GovernancePolicy.Name)]
public sealed class DashboardModel(BreachRegister breaches, RetentionForecast forecast, StewardDb db, LoadedCatalogue catalogue, TimeProvider time) : PageModel
{
    public List<(Breach Breach, double Hours, double Limit)> Clocks { get; } = [];
    public IReadOnlyList<RetentionDue> Due { get; private set; } = [];
    public List<(Purpose Purpose, int Asked, int Given)> Consents { get; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        foreach (var b in (await breaches.AllAsync(ct)).Where(b => b.ClosedAt is null && b.AuthorityNotifiedAt is null))
        {
            var deadline = await breaches.DeadlineAsync(b, ct);
            Clocks.Add((b, (now - b.AwareAt).TotalHours, (deadline - b.AwareAt).TotalHours));
        }
        Due = (await forecast.NextAsync(30, ct)).Where(d => d.DueNow + d.DueLater > 0).ToList();

        var latest = db.Set<ConsentRecord>().GroupBy(c => new { c.SubjectId, c.Purpose }).Select(g => g.Max(c => c.Id));
        var rates = await db.Set<ConsentRecord>().Where(c => latest.Contains(c.Id)).GroupBy(c => c.Purpose)
            .Select(g => new { Purpose = g.Key, Asked = g.Count(), Given = g.Count(c => c.Status == ConsentStatus.Given) }).ToListAsync(ct);
        foreach (var purpose in catalogue.Policy.Purposes.Where(p => p.LegalBasis == LegalBasis.Consent))
            if (rates.Find(r => r.Purpose == purpose.Id) is { } rate) Consents.Add((purpose, rate.Asked, rate.Given));
    }
}

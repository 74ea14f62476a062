using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Steward.Core.Catalogue;
using Steward.Core.Catalogue.Model;
using Steward.Core.Consent;
using Steward.Core.Gate;
using Steward.Core.Storage;
using Steward.Core.Vault;
using Steward.People;

namespace Steward.Pages.Privacy;

/// <summary>The preference center: every consent purpose that applies to the signed-in person (marketing
/// topics, email tracking, use across the group's services), switched on or off in one form (P2.7, P2.8).
/// and the person's cookie choices per category (preferences, analytics, marketing; P3.1, P3.4).
/// Only changes are recorded: switching off what was given withdraws it.</summary>
[Authorize(Policy = PersonSession.Policy)]
public sealed class PreferencesModel(StewardDb db, LoadedCatalogue catalogue, ConsentReceipts receipts, SubjectControls controls) : PageModel
{
    public const string CollectionPoint = "preference_center";

    public IReadOnlyList<Purpose> Purposes { get; private set; } = [];
    public IReadOnlySet<string> Given { get; private set; } = new HashSet<string>();
    /// <summary>Cookie categories that need consent, each with the purposes of its cookies.</summary>
    public IReadOnlyList<(CookieCategory Category, IReadOnlyList<string> Purposes)> CookieCategories { get; private set; } = [];

    /// <summary>A category is on when every purpose of its cookies has a live consent.</summary>
    public bool CookiesOn(IReadOnlyList<string> purposes) => purposes.Count > 0 && purposes.All(Given.Contains);
    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(bool saved, CancellationToken ct)
    {
        Saved = saved;
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(string[]? consent, string[]? cookies, CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        var subject = PersonSession.SubjectOf(User)!.Value;
        var wanted = (consent ?? []).ToHashSet(StringComparer.Ordinal);
        if (wanted.Any(w => Purposes.All(p => p.Id != w))) return BadRequest();
        var wantedCookies = (cookies ?? []).ToHashSet(StringComparer.Ordinal);
        if (wantedCookies.Any(w => CookieCategories.All(c => c.Category.Id != w))) return BadRequest();
        var evidence = new ConsentEvidence(CollectionPoint: CollectionPoint, Language: Hosting.Localization.Current);
        foreach (var purpose in Purposes)
        {
            var on = wanted.Contains(purpose.Id);
            if (on == Given.Contains(purpose.Id)) continue;
            await controls.RecordConsentAsync(ActorRef.Subject(subject), subject, purpose.Id, on ? ConsentStatus.Given : ConsentStatus.Withdrawn, ConsentChannel.Form, evidence, ct);
        }
        var cookiePurposes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (category, purposes) in CookieCategories)
        {
            var on = wantedCookies.Contains(category.Id);
            if (on == CookiesOn(purposes)) continue;
            foreach (var purpose in purposes.Where(p => cookiePurposes.Add(p) && Given.Contains(p) != on))
                await controls.RecordConsentAsync(ActorRef.Subject(subject), subject, purpose, on ? ConsentStatus.Given : ConsentStatus.Withdrawn, ConsentChannel.Form, evidence, ct);
        }
        return RedirectToPage(new { saved = true, lang = Hosting.Localization.Current });
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var subject = PersonSession.SubjectOf(User)!.Value;
        var kind = await db.Set<DataSubject>().AsNoTracking().Where(s => s.Id == subject && s.ErasedAt == null).Select(s => s.Kind).FirstOrDefaultAsync(ct);
        if (kind is null) return false;
        // Cookie purposes are chosen per category below, not one by one.
        CookieCategories = [.. catalogue.Policy.CookieCategories.Where(c => c.RequiresConsent)
            .Select(c => (c, CookieConsentRevision.PurposesOf(catalogue, c.Id))).Where(c => c.Item2.Count > 0)];
        var cookiePurposes = catalogue.Policy.Cookies.Select(c => c.Purpose).ToHashSet(StringComparer.Ordinal);
        Purposes = [.. catalogue.Policy.Purposes.Where(p => p.LegalBasis == LegalBasis.Consent
            && (p.SubjectKinds.Count == 0 || p.SubjectKinds.Contains(kind)) && !cookiePurposes.Contains(p.Id))];
        Given = ConsentReceipts.Live(await receipts.HistoryAsync(subject, ct)).Where(r => r.Status == ConsentStatus.Given).Select(r => r.Purpose).ToHashSet(StringComparer.Ordinal);
        return true;
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Steward.Core.Catalogue;
using Steward.Core.Storage;
using Steward.Core.Webhooks;
using Steward.Requests;
using Steward.Staff;

namespace Steward.Pages.Console;

/// <summary>Recipients' webhook endpoints (the secret shown once), and the deliveries that failed for
/// good, which staff can send again.</summary>
[Authorize(Policy = RequestServices.StaffPolicy)]
public sealed class WebhooksModel(StewardDb db, LoadedCatalogue catalogue, StaffAudit audit, WebhookSignal signal, TimeProvider clock) : PageModel
{
    [BindProperty] public string? Recipient { get; set; }
    [BindProperty(Name = "url")] public string? Endpoint { get; set; }
    public string? NewSecret { get; private set; }
    public Dictionary<string, string> Errors { get; } = [];
    public List<WebhookSubscription> Subscriptions { get; private set; } = [];
    public List<WebhookDelivery> Failed { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAddAsync(CancellationToken ct)
    {
        var text = RequestConsoleText.Current;
        if (!catalogue.Policy.Recipients.Any(r => r.Id == Recipient)) Errors["recipient"] = text.ChoiceInvalid;
        if (!Uri.TryCreate(Endpoint?.Trim(), UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https") || url.AbsoluteUri.Length > 2000) Errors["url"] = text.UrlInvalid;
        if (Errors.Count == 0)
        {
            NewSecret = WebhookSigner.NewSecret();
            db.Add(new WebhookSubscription { Recipient = Recipient!, Url = url!.AbsoluteUri, Secret = NewSecret, CreatedAt = clock.GetUtcNow() });
            await db.SaveChangesAsync(ct);
            await audit.RecordAsync(StaffAudit.Actor(User), "webhook.subscribe", Recipient, cancellationToken: ct);
        }
        else Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRetryAsync(long id, CancellationToken ct)
    {
        var retried = await db.Set<WebhookDelivery>().Where(d => d.Id == id && d.State == DeliveryState.Failed)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.State, DeliveryState.Pending).SetProperty(d => d.Attempts, 0).SetProperty(d => d.NextAttemptAt, clock.GetUtcNow()), ct);
        if (retried > 0) signal.Wake();
        if (retried > 0) await audit.RecordAsync(StaffAudit.Actor(User), "webhook.retry", id.ToString(System.Globalization.CultureInfo.InvariantCulture), cancellationToken: ct);
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Subscriptions = await db.Set<WebhookSubscription>().AsNoTracking().OrderBy(s => s.Recipient).ThenBy(s => s.Id).ToListAsync(ct);
        Failed = await db.Set<WebhookDelivery>().AsNoTracking().Where(d => d.State == DeliveryState.Failed).OrderByDescending(d => d.Id).Take(200).ToListAsync(ct);
    }
}

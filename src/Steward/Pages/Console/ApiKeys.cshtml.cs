using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Steward.Core.Catalogue;
using Steward.Core.Staff;
using Steward.Staff;

namespace Steward.Pages.Console;

/// <summary>Administrators make keys for other systems, each limited to the purposes that system may ask
/// about, see them listed, and revoke them. A new key is shown once, on the answer to its creation.</summary>
[Authorize(Policy = StaffPolicies.Administer)]
public sealed class ApiKeysModel(ApiKeys keys, LoadedCatalogue catalogue, StaffAudit audit) : PageModel
{
    [BindProperty(Name = "system")] public string? SystemName { get; set; }
    [BindProperty] public List<string> Purposes { get; set; } = [];

    public List<ApiKey> Keys { get; private set; } = [];
    public CreatedApiKey? Created { get; private set; }
    public string? Message { get; private set; }
    public List<string> Errors { get; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Keys = await keys.ListAsync(cancellationToken);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        var text = ConsoleText.Current;
        var system = SystemName?.Trim() ?? "";
        var purposes = catalogue.Policy.Purposes.Select(p => p.Id).Where(Purposes.Contains).ToList();
        if (system.Length is 0 or > ApiKeys.SystemMaxLength) Errors.Add(text.SystemRequired);
        if (purposes.Count == 0) Errors.Add(text.ChoosePurpose);
        if (Errors.Count == 0)
        {
            var actor = StaffAudit.Actor(User);
            Created = await keys.CreateAsync(system, purposes, actor.ToString(), cancellationToken);
            await audit.RecordAsync(actor, "apikey.create", $"key {Created.Key.KeyId}; purposes {string.Join(",", purposes)}", cancellationToken: cancellationToken);
            SystemName = null;
            Purposes = [];
        }
        Keys = await keys.ListAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid id, CancellationToken cancellationToken)
    {
        var actor = StaffAudit.Actor(User);
        if (await keys.RevokeAsync(id, actor.ToString(), cancellationToken) is not { } key) return NotFound();
        await audit.RecordAsync(actor, "apikey.revoke", $"key {key.KeyId}", cancellationToken: cancellationToken);
        Message = ConsoleText.Current.KeyRevoked;
        Keys = await keys.ListAsync(cancellationToken);
        return Page();
    }
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Steward.Core.Catalogue;
using Steward.Core.Catalogue.Model;

namespace Steward.Pages.Sites;

/// <summary>A site's home: what it offers (the collection points Steward serves for it) and the third
/// parties' content it would embed, marked as outside the policy.</summary>
public sealed class IndexModel(LoadedCatalogue catalogue) : PageModel
{
    /// <summary>Collection points that have a page here, and the page's address under /sites/{site}/.</summary>
    private static readonly Dictionary<string, string> Paths = new(StringComparer.Ordinal)
    {
        ["interest_signup"] = "sign-up",
        ["account_registration"] = "register",
    };

    public Site Site { get; private set; } = null!;
    public IReadOnlyList<CollectionPoint> Forms { get; private set; } = [];
    public IReadOnlyList<ThirdPartyService> Embeds { get; private set; } = [];

    public static string PathOf(string pointId) => Paths[pointId];

    public IActionResult OnGet(string site)
    {
        if (catalogue.FindSite(site) is not { } found) return NotFound();
        Site = found;
        Forms = [.. catalogue.Policy.CollectionPoints.Where(p => Paths.ContainsKey(p.Id) && (p.Sites.Count == 0 || p.Sites.Contains(site)))];
        Embeds = [.. found.ThirdParties.Select(id => catalogue.Policy.ThirdParties.Find(t => t.Id == id)).OfType<ThirdPartyService>().Where(t => t.Use == ThirdPartyUse.Embed)];
        return Page();
    }
}

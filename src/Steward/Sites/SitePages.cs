using Steward.Core.Catalogue;
using Steward.Core.Catalogue.Model;

namespace Steward.Sites;

public static class SitePages
{
    /// <summary>The site a page without one in its address belongs to: the one asked for, else the first
    /// that offers accounts.</summary>
    public static Site SiteFor(LoadedCatalogue catalogue, string? requested)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        if (requested is not null && catalogue.FindSite(requested) is { } site) return site;
        var accounts = catalogue.Policy.CollectionPoints.Find(p => p.Id == Steward.Core.Accounts.AccountService.PointId);
        return catalogue.Policy.Sites.Find(s => accounts is null || accounts.Sites.Count == 0 || accounts.Sites.Contains(s.Id)) ?? catalogue.Policy.Sites[0];
    }
}

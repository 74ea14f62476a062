using Steward.Core.Careers;
using Steward.Core.Catalogue;
using Steward.Core.Catalogue.Model;

namespace Steward.Careers;

public static class CareersSite
{
    /// <summary>The site, if it exists and shows the application form.</summary>
    public static Site? Find(LoadedCatalogue catalogue, CollectionPointForm form, string siteId)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(form);
        return catalogue.FindSite(siteId) is { } site && (form.Point.Sites.Count == 0 || form.Point.Sites.Contains(site.Id)) ? site : null;
    }

    /// <summary>The sites that show the application form.</summary>
    public static IEnumerable<Site> All(LoadedCatalogue catalogue, CollectionPointForm form)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(form);
        return catalogue.Policy.Sites.Where(s => form.Point.Sites.Count == 0 || form.Point.Sites.Contains(s.Id));
    }
}

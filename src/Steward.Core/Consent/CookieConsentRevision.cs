using System.Text;
using Steward.Core.Catalogue;
using Steward.Core.Catalogue.Model;
using Steward.Core.Notices;

namespace Steward.Core.Consent;

/// <summary>What a cookie choice was made against: the site's consent mode, the categories and every
/// cookie with its category, purpose, lifetime and provider. A change to any of these is material for
/// the banner, so it asks again; a change elsewhere in the notice (an address, a typo) is not.</summary>
public static class CookieConsentRevision
{
    public static string Of(LoadedCatalogue catalogue, Site site)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(site);
        var text = new StringBuilder().Append(ModeOf(catalogue, site)).Append('\n');
        foreach (var c in catalogue.Policy.CookieCategories) text.Append(c.Id).Append(' ').Append(c.RequiresConsent).Append('\n');
        foreach (var c in catalogue.Policy.Cookies)
            text.Append(c.Id).Append(' ').Append(c.Category).Append(' ').Append(c.Purpose).Append(' ').Append(c.Lifetime).Append(' ').Append(c.Provider).Append('\n');
        return NoticeVersioning.Sha256Hex(text.ToString())[..12];
    }

    /// <summary>The consent mode of the site's region: opt-in unless the region allows notice only.</summary>
    public static CookieConsentMode ModeOf(LoadedCatalogue catalogue, Site site)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(site);
        return catalogue.Policy.Regions.FirstOrDefault(r => r.Id == site.Region)?.CookieConsent ?? CookieConsentMode.OptIn;
    }

    /// <summary>The purposes a cookie category serves: those of its cookies.</summary>
    public static IReadOnlyList<string> PurposesOf(LoadedCatalogue catalogue, string category)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        return [.. catalogue.Policy.Cookies.Where(c => c.Category == category).Select(c => c.Purpose).Distinct()];
    }

    /// <summary>Global Privacy Control asks not to share with or sell to others: it turns off every
    /// category with a cookie that a third party sets.</summary>
    public static bool CoveredByGlobalPrivacyControl(LoadedCatalogue catalogue, string category)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        return catalogue.Policy.Cookies.Any(c => c.Category == category && c.Provider != "first_party");
    }
}

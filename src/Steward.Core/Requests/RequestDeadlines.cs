using Steward.Core.Catalogue;
using Steward.Core.Catalogue.Model;

namespace Steward.Core.Requests;

/// <summary>The clock of P6.3: each region's deadline and extension from the catalogue; 30 days where
/// a region does not say.</summary>
public sealed class RequestDeadlines(LoadedCatalogue catalogue)
{
    public const int DefaultDays = 30;

    /// <summary>Reminders go out this long before the deadline.</summary>
    public static readonly TimeSpan ReminderLead = TimeSpan.FromDays(7);

    public Region? RegionOf(string id) => catalogue.Policy.Regions.FirstOrDefault(r => r.Id == id);

    public DateTimeOffset Due(string region, DateTimeOffset receivedAt) =>
        receivedAt.AddDays(RegionOf(region)?.RequestDeadlineDays is > 0 and var days ? days : DefaultDays);

    /// <summary>Days the deadline may be extended by; 0 where the region's law allows no extension.</summary>
    public int ExtensionDays(string region) => RegionOf(region)?.RequestExtensionDays ?? 0;

    /// <summary>The region a person picks by default: the first whose name is the catalogue's default, else the first.</summary>
    public string DefaultRegion => catalogue.Policy.Regions.FirstOrDefault()?.Id ?? "default";
}

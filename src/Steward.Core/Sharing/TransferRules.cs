using Steward.Core.Catalogue.Model;

namespace Steward.Core.Sharing;

/// <summary>Whether data under one region's law may go to a recipient's country (P9.1): within the
/// region always; out of it only through one of the region's transfer mechanisms, tried in the
/// catalogue's order (adequacy of the country, an agreement of the right kind in force with that
/// recipient, the person's consent to the transfer, or anonymisation). Otherwise denied, naming
/// what is missing.</summary>
public static class TransferRules
{
    public static SharingDecision Evaluate(PolicyCatalogue catalogue, string origin, Recipient recipient, DataForm form, bool transferConsent, DateOnly today)
    {
        var region = catalogue.Regions.Find(r => r.Id == origin);
        if (region is null) return SharingDecision.Deny(SharingCode.UnknownRegion, $"unknown region '{origin}'");
        if (region.Countries.Contains(recipient.Country, StringComparer.OrdinalIgnoreCase))
            return new SharingDecision(SharingCode.Allowed, "within the region");

        foreach (var id in region.TransferMechanisms)
        {
            if (catalogue.TransferMechanisms.Find(m => m.Id == id) is not { } mechanism) continue;
            var holds = mechanism.Kind switch
            {
                TransferMechanismKind.Adequacy => region.AdequateCountries.Contains(recipient.Country, StringComparer.OrdinalIgnoreCase),
                TransferMechanismKind.Agreement => mechanism.Agreement is { } kind && recipient.Has(kind, today),
                TransferMechanismKind.Consent => transferConsent,
                TransferMechanismKind.Anonymisation => form == DataForm.Anonymised,
                _ => false,
            };
            if (holds) return new SharingDecision(SharingCode.Allowed, $"transfer out of '{region.Id}' under '{mechanism.Id}'", Mechanism: mechanism.Id);
        }
        return SharingDecision.Deny(SharingCode.TransferMechanismMissing,
            $"no transfer mechanism lets data under '{region.Id}' law go to recipient '{recipient.Id}' in {recipient.Country}: " +
            $"it needs one of {string.Join(", ", region.TransferMechanisms)}");
    }
}

using Steward.Core.Catalogue.Model;
using Steward.Core.Sharing;

namespace Steward.Core.Records;

/// <summary>The record of processing activities (GDPR art. 30(1)), generated from the catalogue and
/// the recipients register: the controller, then one activity per purpose.</summary>
public sealed record ProcessingRecord(string Controller, string Contact, DateOnly GeneratedOn, IReadOnlyList<ProcessingActivity> Activities)
{
    public static ProcessingRecord From(PolicyCatalogue catalogue, IReadOnlyList<Recipient> recipients, DateOnly today, string language)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(recipients);
        var activities = catalogue.Purposes.Select(p =>
        {
            var receiving = recipients.Where(r => SharingRules.Covers(r.Purposes, p.Id)).ToList();
            var transfers = (from r in receiving
                             from region in catalogue.Regions
                             where !region.Countries.Contains(r.Country, StringComparer.OrdinalIgnoreCase)
                             let decision = TransferRules.Evaluate(catalogue, region.Id, r, DataForm.Identified, transferConsent: false, today)
                             select $"{region.Id} → {r.Id} ({r.Country}): {decision.Mechanism ?? "consent or anonymisation only"}").ToList();
            var retention = catalogue.Retention
                .Where(rule => (rule.Purposes.Count == 0 || SharingRules.Covers(rule.Purposes, p.Id) || rule.Purposes.Any(x => p.Id.StartsWith(x + ".", StringComparison.Ordinal)))
                    && p.Categories.Any(c => SharingRules.Covers(rule.Categories, c) || rule.Categories.Any(rc => rc.StartsWith(c + ".", StringComparison.Ordinal))))
                .Select(rule => $"{rule.Id}: {rule.Period} from {rule.From?.ToString().ToLowerInvariant()}, then {rule.Then.ToString().ToLowerInvariant()}")
                .ToList();
            return new ProcessingActivity(
                p.Id, p.Name.In(language), p.Description?.In(language) ?? "", (p.LegalBasis ?? LegalBasis.Consent).ToString(),
                p.SubjectKinds.Count == 0 ? ["any"] : [.. p.SubjectKinds], [.. p.Categories],
                [.. receiving.Select(r => $"{r.Id} ({r.Kind.ToString()?.ToLowerInvariant()}, {r.Country})")], transfers, retention);
        }).ToList();
        return new ProcessingRecord(catalogue.Organisation.Name.In(language), catalogue.Organisation.Contact.Email, today, activities);
    }
}

public sealed record ProcessingActivity(
    string Purpose, string Name, string Description, string LegalBasis, IReadOnlyList<string> SubjectKinds, IReadOnlyList<string> Categories,
    IReadOnlyList<string> Recipients, IReadOnlyList<string> Transfers, IReadOnlyList<string> Retention);

using Steward.Core.Catalogue;
using Steward.Core.Catalogue.Model;
using Steward.Core.Requests;
using Steward.Hosting;

namespace Steward.Pages.Privacy;

/// <summary>What the request forms offer: the kinds, the purposes a person can restrict, object to or
/// withdraw consent for, the regions, and the checks of a submitted choice.</summary>
public static class RequestForm
{
    /// <summary>Kinds the public form offers: a correction needs the person's fields, shown once signed in.</summary>
    public static readonly RequestKind[] PublicKinds =
        [RequestKind.Access, RequestKind.Portability, RequestKind.Restriction, RequestKind.Objection, RequestKind.Erasure,
         RequestKind.Withdrawal, RequestKind.Deregistration, RequestKind.Contact];

    public static IEnumerable<Purpose> Purposes(LoadedCatalogue catalogue) =>
        catalogue.Policy.Purposes.Where(p => p.LegalBasis != LegalBasis.LegalObligation);

    /// <summary>The group's other services a migration can go to: the catalogue's affiliate recipients (P2.7).</summary>
    public static IEnumerable<Recipient> GroupServices(LoadedCatalogue catalogue) =>
        catalogue.Policy.Recipients.Where(MigrationTransfer.IsGroupService);

    public static string DefaultRegion(LoadedCatalogue catalogue) =>
        Localization.Current == "zh-CN" && catalogue.Policy.Regions.Any(r => r.Id == "cn") ? "cn" : catalogue.Policy.Regions.LastOrDefault()?.Id ?? "";

    public static RequestKind? ParseKind(string? value, IEnumerable<RequestKind> allowed) =>
        Enum.TryParse<RequestKind>(value, ignoreCase: true, out var kind) && allowed.Contains(kind) ? kind : null;

    /// <summary>Control characters other than the line breaks and tabs a text area may hold (NUL among them).</summary>
    public static bool HasControlCharacters(string? value) =>
        value is not null && value.Any(c => char.IsControl(c) && c is not ('\r' or '\n' or '\t'));

    public static string Value(RequestKind kind) => kind.ToString().ToLowerInvariant();
}

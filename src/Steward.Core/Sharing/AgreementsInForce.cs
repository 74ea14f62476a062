using Steward.Core.Catalogue.Model;

namespace Steward.Core.Sharing;

/// <summary>Which of a recipient's agreements hold on a given day (signed, and not yet expired).</summary>
public static class AgreementsInForce
{
    public static bool InForce(this Agreement agreement, DateOnly today) =>
        agreement.SignedOn is { } signed && signed <= today && (agreement.ExpiresOn is null || agreement.ExpiresOn >= today);

    public static bool Has(this Recipient recipient, AgreementKind kind, DateOnly today) =>
        recipient.Agreements.Exists(a => a.Kind == kind && a.InForce(today));

    public static bool HasAny(this Recipient recipient, DateOnly today) => recipient.Agreements.Exists(a => a.InForce(today));
}

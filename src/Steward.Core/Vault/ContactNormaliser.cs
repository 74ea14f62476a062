using PhoneNumbers;

namespace Steward.Core.Vault;

/// <summary>The one form of an email address or a telephone number that the blind index hashes, so
/// that the ways people write the same address or number find the same subject.</summary>
public static class ContactNormaliser
{
    /// <summary>Where a telephone number without a country code is taken to be.</summary>
    public const string DefaultRegion = "CN";

    private static readonly PhoneNumberUtil Phones = PhoneNumberUtil.GetInstance();

    /// <summary>Trimmed and lower-cased: "  Alice@Example.COM " is "alice@example.com".</summary>
    public static string Email(string email)
    {
        ArgumentNullException.ThrowIfNull(email);
        return email.Trim().ToLowerInvariant();
    }

    /// <summary>E.164 ("+8613800138000"), for a national number of <see cref="DefaultRegion"/> or an
    /// international one written with its country code; null when it cannot be a telephone number.</summary>
    public static string? Telephone(string telephone)
    {
        ArgumentNullException.ThrowIfNull(telephone);
        var written = string.Concat(telephone.Where(c => !char.IsWhiteSpace(c)));
        if (written.Length == 0) return null;
        try
        {
            var number = Phones.Parse(written, DefaultRegion);
            return Phones.IsPossibleNumber(number) ? Phones.Format(number, PhoneNumberFormat.E164) : null;
        }
        catch (NumberParseException)
        {
            return null;
        }
    }
}

using System.Security.Cryptography;
using System.Text;

namespace Steward.Core.Vault;

/// <summary>A keyed blind index over normalised email addresses and telephone numbers: HMAC-SHA256
/// under the index key, which lives beside the KEKs outside the database. Without that key a stored
/// hash cannot be tested against guessed values.</summary>
internal static class BlindIndex
{
    public const string EmailCategory = "contact.email";
    public const string TelephoneCategory = "contact.telephone";

    /// <summary>The hash a field of <paramref name="category"/> is found by, or null for a category
    /// that is not looked up. Throws for a telephone field that is not a telephone number.</summary>
    public static byte[]? ForField(byte[] indexKey, string category, string value) => category switch
    {
        EmailCategory => Email(indexKey, value),
        TelephoneCategory => Telephone(indexKey, value)
            ?? throw new ArgumentException($"A {TelephoneCategory} value is not a telephone number.", nameof(value)),
        _ => null,
    };

    public static byte[]? Email(byte[] indexKey, string email) =>
        ContactNormaliser.Email(email) is { Length: > 0 } normal ? Hash(indexKey, "email", normal) : null;

    public static byte[]? Telephone(byte[] indexKey, string telephone) =>
        ContactNormaliser.Telephone(telephone) is { } normal ? Hash(indexKey, "telephone", normal) : null;

    // The kind is part of the message, so an email and a telephone never share a hash.
    private static byte[] Hash(byte[] indexKey, string kind, string normal) =>
        HMACSHA256.HashData(indexKey, Encoding.UTF8.GetBytes(kind + "\0" + normal));
}

using System.Security.Cryptography;

namespace Steward.Core.Requests;

/// <summary>The reference a person sees: R-XXXX-XXXX in Crockford's base 32 (no I, L, O or U), 40
/// random bits, so guessing another person's reference is hopeless and pages behind it check the
/// sign-in anyway.</summary>
public static class CaseReference
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    public static string New()
    {
        Span<char> chars = stackalloc char[8];
        for (var i = 0; i < chars.Length; i++) chars[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        return $"R-{chars[..4]}-{chars[4..]}";
    }

    public static bool LooksValid(string? reference) =>
        reference is { Length: 11 } && reference.StartsWith("R-", StringComparison.Ordinal) && reference[6] == '-'
        && reference.Where((c, i) => i is not (0 or 1 or 6)).All(c => Alphabet.Contains(c, StringComparison.Ordinal));
}

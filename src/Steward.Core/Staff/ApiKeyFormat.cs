using System.Security.Cryptography;

namespace Steward.Core.Staff;

/// <summary>The shape of an API key: <c>stw_</c>, a 16-hex-digit key id, <c>_</c>, and 43 characters of
/// base64url secret (256 random bits), 64 characters in all. The prefix lets secret scanners find
/// leaked keys; the key id finds the stored hash without revealing anything secret.</summary>
public static class ApiKeyFormat
{
    public const string Prefix = "stw_";
    public const int Length = 64;
    private const int KeyIdLength = 16;

    public static (string KeyId, string Key) New()
    {
        var keyId = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(KeyIdLength / 2));
        return (keyId, $"{Prefix}{keyId}_{SecretToken.New()}");
    }

    /// <summary>Whether <paramref name="key"/> has the shape of a Steward API key; gives its key id.</summary>
    public static bool TryParse(ReadOnlySpan<char> key, out ReadOnlySpan<char> keyId)
    {
        keyId = default;
        if (key.Length != Length || !key.StartsWith(Prefix, StringComparison.Ordinal) || key[Prefix.Length + KeyIdLength] != '_') return false;
        foreach (var c in key)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('_' or '-')) return false;
        }
        keyId = key.Slice(Prefix.Length, KeyIdLength);
        return true;
    }
}

using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Steward.Tests.Staff;

/// <summary>Plays the phone's authenticator app: RFC 6238 TOTP (HMAC-SHA1, 30-second steps, 6 digits)
/// from the base32 key the Console shows. Written here, apart from Steward's code, so the test checks
/// Steward against the standard rather than against itself.</summary>
internal static class AuthenticatorApp
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, long> LastShown = new();

    /// <summary>The code a person would type: the current one, or, when the current one was already
    /// used (Steward accepts each code once), the next one, as a person waiting for it would.</summary>
    public static string NextCode(string base32Key)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30;
        var step = LastShown.AddOrUpdate(base32Key, now, (_, last) => Math.Max(now, last + 1));
        return Hotp(Base32(base32Key), step, 6);
    }

    public static string Code(string base32Key, DateTimeOffset? at = null, int digits = 6)
    {
        var step = (at ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds() / 30;
        return Hotp(Base32(base32Key), step, digits);
    }

    public static string Hotp(byte[] key, long counter, int digits)
    {
        Span<byte> message = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(message, counter);
#pragma warning disable CA5350 // RFC 6238 authenticator apps use HMAC-SHA1, as Identity's provider does
        var hash = HMACSHA1.HashData(key, message);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0f;
        var binary = (BinaryPrimitives.ReadInt32BigEndian(hash.AsSpan(offset)) & 0x7fffffff) % (int)Math.Pow(10, digits);
        return binary.ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(digits, '0');
    }

    public static byte[] Base32(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in text.ToUpperInvariant().Where(c => c is not (' ' or '=')))
        {
            buffer = (buffer << 5) | alphabet.IndexOf(c, StringComparison.Ordinal);
            bits += 5;
            if (bits >= 8)
            {
                bytes.Add((byte)(buffer >> (bits - 8)));
                bits -= 8;
            }
        }
        return [.. bytes];
    }
}

using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Steward.Core.Keys;

/// <summary>Seals a small secret of Steward's own (not personal data) under the current KEK:
/// AES-256-GCM, the KEK version and a label bound as associated data. Output: KEK version (4 bytes,
/// big-endian), nonce, ciphertext, tag. Used for the web host's data-protection keys, so that the
/// keys that sign cookies and antiforgery tokens are not stored in the clear.</summary>
public static class KekSealing
{
    private const int NonceSize = 12;
    private const int TagSize = 16;

    public static byte[] Seal(KeySource keys, ReadOnlySpan<byte> plaintext, string label)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var ring = keys.Ring;
        var sealedBytes = new byte[4 + NonceSize + plaintext.Length + TagSize];
        BinaryPrimitives.WriteInt32BigEndian(sealedBytes, ring.Current);
        var nonce = sealedBytes.AsSpan(4, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(ring.CurrentKek, TagSize);
        aes.Encrypt(nonce, plaintext, sealedBytes.AsSpan(4 + NonceSize, plaintext.Length), sealedBytes.AsSpan(^TagSize), Associated(ring.Current, label));
        return sealedBytes;
    }

    /// <exception cref="CryptographicException">The bytes were altered, or sealed under another label.</exception>
    /// <exception cref="KeySourceException">Their KEK version is no longer held (retired).</exception>
    public static byte[] Open(KeySource keys, ReadOnlySpan<byte> sealedBytes, string label)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (sealedBytes.Length < 4 + NonceSize + TagSize) throw new CryptographicException("The sealed value is too short.");
        var version = BinaryPrimitives.ReadInt32BigEndian(sealedBytes);
        var plaintext = new byte[sealedBytes.Length - 4 - NonceSize - TagSize];
        using var aes = new AesGcm(keys.Kek(version), TagSize);
        aes.Decrypt(sealedBytes.Slice(4, NonceSize), sealedBytes.Slice(4 + NonceSize, plaintext.Length), sealedBytes[^TagSize..], plaintext, Associated(version, label));
        return plaintext;
    }

    private static byte[] Associated(int version, string label) => Encoding.UTF8.GetBytes($"steward-sealed:v{version}:{label}");
}

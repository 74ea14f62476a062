using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Steward.Core.Vault;

/// <summary>The vault's keys, AES-256-GCM throughout. A data key is drawn at random and wrapped under
/// a KEK with the subject, the data key's version and the KEK's version as associated data; the
/// fields are sealed by <see cref="FieldCipher"/>. Stored form: 12-byte nonce, ciphertext, 16-byte tag.</summary>
internal static class VaultCrypto
{
    public const int KeySize = 32;
    public const int NonceSize = 12;
    public const int TagSize = 16;
    public const int WrappedKeySize = NonceSize + KeySize + TagSize;
    private const byte KeyFormat = 2;

    /// <summary>A new data key from the system's random generator, never derived from another secret.</summary>
    public static byte[] NewDataKey() => RandomNumberGenerator.GetBytes(KeySize);

    public static byte[] Wrap(ReadOnlySpan<byte> kek, int kekVersion, Guid subjectId, int keyVersion, ReadOnlySpan<byte> dataKey)
    {
        Span<byte> ad = stackalloc byte[25];
        KeyAssociatedData(ad, kekVersion, subjectId, keyVersion);
        var wrapped = new byte[WrappedKeySize];
        var nonce = wrapped.AsSpan(0, NonceSize);
        NonceSource.Next(nonce);
        using var aes = new AesGcm(kek, TagSize);
        aes.Encrypt(nonce, dataKey, wrapped.AsSpan(NonceSize, KeySize), wrapped.AsSpan(NonceSize + KeySize), ad);
        return wrapped;
    }

    /// <summary>The data key; throws <see cref="AuthenticationTagMismatchException"/> when the KEK,
    /// subject or versions are not the ones it was wrapped with.</summary>
    public static byte[] Unwrap(ReadOnlySpan<byte> kek, int kekVersion, Guid subjectId, int keyVersion, ReadOnlySpan<byte> wrapped)
    {
        if (wrapped.Length != WrappedKeySize) throw new CryptographicException("A wrapped data key has the wrong length.");
        Span<byte> ad = stackalloc byte[25];
        KeyAssociatedData(ad, kekVersion, subjectId, keyVersion);
        var dataKey = new byte[KeySize];
        using var aes = new AesGcm(kek, TagSize);
        aes.Decrypt(wrapped[..NonceSize], wrapped.Slice(NonceSize, KeySize), wrapped[(NonceSize + KeySize)..], dataKey, ad);
        return dataKey;
    }

    /// <summary>Seals one field with a cipher keyed for this call alone.</summary>
    public static byte[] Encrypt(ReadOnlySpan<byte> dataKey, Guid subjectId, int keyVersion, string category, string name, string value)
    {
        using var cipher = new FieldCipher(dataKey, subjectId, keyVersion);
        return cipher.Seal(category, name, value);
    }

    /// <summary>Opens one field with a cipher keyed for this call alone.</summary>
    public static string Decrypt(ReadOnlySpan<byte> dataKey, Guid subjectId, int keyVersion, string category, string name, ReadOnlySpan<byte> sealedField)
    {
        using var cipher = new FieldCipher(dataKey, subjectId, keyVersion);
        return cipher.Open(category, name, sealedField);
    }

    // format, subject (16), key version (4), KEK version (4)
    private static void KeyAssociatedData(Span<byte> ad, int kekVersion, Guid subjectId, int keyVersion)
    {
        ad[0] = KeyFormat;
        subjectId.TryWriteBytes(ad.Slice(1, 16), bigEndian: true, out _);
        BinaryPrimitives.WriteInt32BigEndian(ad.Slice(17, 4), keyVersion);
        BinaryPrimitives.WriteInt32BigEndian(ad.Slice(21, 4), kekVersion);
    }
}

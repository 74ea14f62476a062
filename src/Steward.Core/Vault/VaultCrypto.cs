using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Steward.Core.Vault;

/// <summary>The vault's cryptography, AES-256-GCM throughout. A data key is wrapped under a KEK with
/// the subject, the data key's version and the KEK's version as associated data; a field is
/// encrypted under its subject's data key with the subject, the key version, the category and the
/// field name as associated data, so a ciphertext moved to another subject or field fails to open.
/// Stored form: 12-byte random nonce, ciphertext, 16-byte tag.</summary>
internal static class VaultCrypto
{
    public const int KeySize = 32;
    public const int NonceSize = 12;
    public const int TagSize = 16;
    public const int WrappedKeySize = NonceSize + KeySize + TagSize;
    private const byte FieldFormat = 1;
    private const byte KeyFormat = 2;

    /// <summary>A new data key from the system's random generator, never derived from another secret.</summary>
    public static byte[] NewDataKey() => RandomNumberGenerator.GetBytes(KeySize);

    public static byte[] Wrap(ReadOnlySpan<byte> kek, int kekVersion, Guid subjectId, int keyVersion, ReadOnlySpan<byte> dataKey)
    {
        Span<byte> ad = stackalloc byte[25];
        KeyAssociatedData(ad, kekVersion, subjectId, keyVersion);
        var wrapped = new byte[WrappedKeySize];
        using var aes = new AesGcm(kek, TagSize);
        Seal(aes, ad, dataKey, wrapped);
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
        Open(aes, ad, wrapped, dataKey);
        return dataKey;
    }

    public static byte[] Encrypt(ReadOnlySpan<byte> dataKey, Guid subjectId, int keyVersion, string category, string name, string value)
    {
        var plainLength = Encoding.UTF8.GetByteCount(value);
        var rented = ArrayPool<byte>.Shared.Rent(plainLength + FieldAssociatedDataLength(category, name));
        try
        {
            var plain = rented.AsSpan(0, plainLength);
            Encoding.UTF8.GetBytes(value, plain);
            var ad = rented.AsSpan(plainLength, FieldAssociatedDataLength(category, name));
            FieldAssociatedData(ad, subjectId, keyVersion, category, name);
            var sealedField = new byte[NonceSize + plainLength + TagSize];
            using var aes = new AesGcm(dataKey, TagSize);
            Seal(aes, ad, plain, sealedField);
            return sealedField;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(rented.AsSpan(0, plainLength));
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>The field's value; throws <see cref="AuthenticationTagMismatchException"/> when the key,
    /// subject, key version, category or name are not the ones it was encrypted with.</summary>
    public static string Decrypt(AesGcm aes, Guid subjectId, int keyVersion, string category, string name, ReadOnlySpan<byte> sealedField)
    {
        if (sealedField.Length < NonceSize + TagSize) throw new CryptographicException("A field's ciphertext is too short.");
        var plainLength = sealedField.Length - NonceSize - TagSize;
        var adLength = FieldAssociatedDataLength(category, name);
        var rented = ArrayPool<byte>.Shared.Rent(plainLength + adLength);
        try
        {
            var ad = rented.AsSpan(plainLength, adLength);
            FieldAssociatedData(ad, subjectId, keyVersion, category, name);
            var plain = rented.AsSpan(0, plainLength);
            Open(aes, ad, sealedField, plain);
            return Encoding.UTF8.GetString(plain);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(rented.AsSpan(0, plainLength));
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    public static string Decrypt(ReadOnlySpan<byte> dataKey, Guid subjectId, int keyVersion, string category, string name, ReadOnlySpan<byte> sealedField)
    {
        using var aes = new AesGcm(dataKey, TagSize);
        return Decrypt(aes, subjectId, keyVersion, category, name, sealedField);
    }

    private static void Seal(AesGcm aes, ReadOnlySpan<byte> ad, ReadOnlySpan<byte> plain, Span<byte> output)
    {
        var nonce = output[..NonceSize];
        RandomNumberGenerator.Fill(nonce);
        aes.Encrypt(nonce, plain, output.Slice(NonceSize, plain.Length), output[(NonceSize + plain.Length)..], ad);
    }

    private static void Open(AesGcm aes, ReadOnlySpan<byte> ad, ReadOnlySpan<byte> input, Span<byte> plain)
    {
        var length = input.Length - NonceSize - TagSize;
        aes.Decrypt(input[..NonceSize], input.Slice(NonceSize, length), input[(NonceSize + length)..], plain, ad);
    }

    // format, subject (16), key version (4), KEK version (4)
    private static void KeyAssociatedData(Span<byte> ad, int kekVersion, Guid subjectId, int keyVersion)
    {
        ad[0] = KeyFormat;
        subjectId.TryWriteBytes(ad.Slice(1, 16), bigEndian: true, out _);
        BinaryPrimitives.WriteInt32BigEndian(ad.Slice(17, 4), keyVersion);
        BinaryPrimitives.WriteInt32BigEndian(ad.Slice(21, 4), kekVersion);
    }

    private static int FieldAssociatedDataLength(string category, string name) =>
        1 + 16 + 4 + 2 + Encoding.UTF8.GetByteCount(category) + Encoding.UTF8.GetByteCount(name);

    // format, subject (16), key version (4), category length (2), category, name
    private static void FieldAssociatedData(Span<byte> ad, Guid subjectId, int keyVersion, string category, string name)
    {
        ad[0] = FieldFormat;
        subjectId.TryWriteBytes(ad.Slice(1, 16), bigEndian: true, out _);
        BinaryPrimitives.WriteInt32BigEndian(ad.Slice(17, 4), keyVersion);
        var categoryLength = Encoding.UTF8.GetBytes(category, ad[23..]);
        BinaryPrimitives.WriteUInt16BigEndian(ad.Slice(21, 2), checked((ushort)categoryLength));
        Encoding.UTF8.GetBytes(name, ad[(23 + categoryLength)..]);
    }
}

using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Steward.Core.Vault;

/// <summary>One subject's data key, keyed once, sealing and opening that subject's fields with
/// AES-256-GCM. The associated data binds the subject, the key version, the category and the field
/// name, so a ciphertext moved to another subject or field fails to open. Stored form: 12-byte nonce,
/// ciphertext, 16-byte tag. One per operation on one subject; not for concurrent use.</summary>
internal sealed class FieldCipher : IDisposable
{
    private const byte Format = 1;
    private const int FixedAssociatedData = 1 + 16 + 4 + 2;
    private const int StackLimit = 512;
    private readonly AesGcm _aes;
    private readonly Guid _subjectId;
    private readonly int _keyVersion;

    public FieldCipher(ReadOnlySpan<byte> dataKey, Guid subjectId, int keyVersion)
    {
        _aes = new AesGcm(dataKey, VaultCrypto.TagSize);
        _subjectId = subjectId;
        _keyVersion = keyVersion;
    }

    public byte[] Seal(string category, string name, string value)
    {
        var plainLength = Encoding.UTF8.GetByteCount(value);
        var adLength = AssociatedDataLength(category, name);
        byte[]? rented = null;
        var buffer = plainLength + adLength <= StackLimit ? stackalloc byte[StackLimit] : (rented = ArrayPool<byte>.Shared.Rent(plainLength + adLength));
        try
        {
            var plain = buffer[..plainLength];
            Encoding.UTF8.GetBytes(value, plain);
            var ad = buffer.Slice(plainLength, adLength);
            AssociatedData(ad, category, name);
            var output = new byte[VaultCrypto.NonceSize + plainLength + VaultCrypto.TagSize];
            var nonce = output.AsSpan(0, VaultCrypto.NonceSize);
            NonceSource.Next(nonce);
            _aes.Encrypt(nonce, plain, output.AsSpan(VaultCrypto.NonceSize, plainLength), output.AsSpan(VaultCrypto.NonceSize + plainLength), ad);
            return output;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(buffer[..plainLength]);
            if (rented is not null) ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>The field's value; throws <see cref="AuthenticationTagMismatchException"/> when the
    /// key, subject, key version, category or name are not the ones it was sealed with.</summary>
    public string Open(string category, string name, ReadOnlySpan<byte> sealedField)
    {
        if (sealedField.Length < VaultCrypto.NonceSize + VaultCrypto.TagSize) throw new CryptographicException("A field's ciphertext is too short.");
        var plainLength = sealedField.Length - VaultCrypto.NonceSize - VaultCrypto.TagSize;
        var adLength = AssociatedDataLength(category, name);
        byte[]? rented = null;
        var buffer = plainLength + adLength <= StackLimit ? stackalloc byte[StackLimit] : (rented = ArrayPool<byte>.Shared.Rent(plainLength + adLength));
        try
        {
            var plain = buffer[..plainLength];
            var ad = buffer.Slice(plainLength, adLength);
            AssociatedData(ad, category, name);
            _aes.Decrypt(sealedField[..VaultCrypto.NonceSize], sealedField.Slice(VaultCrypto.NonceSize, plainLength),
                sealedField[(VaultCrypto.NonceSize + plainLength)..], plain, ad);
            return Encoding.UTF8.GetString(plain);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(buffer[..plainLength]);
            if (rented is not null) ArrayPool<byte>.Shared.Return(rented);
        }
    }

    public void Dispose() => _aes.Dispose();

    private static int AssociatedDataLength(string category, string name) =>
        FixedAssociatedData + Encoding.UTF8.GetByteCount(category) + Encoding.UTF8.GetByteCount(name);

    // format, subject (16), key version (4), category length (2), category, name
    private void AssociatedData(Span<byte> ad, string category, string name)
    {
        ad[0] = Format;
        _subjectId.TryWriteBytes(ad.Slice(1, 16), bigEndian: true, out _);
        BinaryPrimitives.WriteInt32BigEndian(ad.Slice(17, 4), _keyVersion);
        var categoryLength = Encoding.UTF8.GetBytes(category, ad[FixedAssociatedData..]);
        BinaryPrimitives.WriteUInt16BigEndian(ad.Slice(21, 2), checked((ushort)categoryLength));
        Encoding.UTF8.GetBytes(name, ad[(FixedAssociatedData + categoryLength)..]);
    }
}

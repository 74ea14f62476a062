using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Steward.Core.Vault;

/// <summary>AES-GCM nonces, never repeated under one key: 96 bits drawn at random when the process
/// starts, then a 64-bit counter in the low bits (the fixed field and invocation field of NIST SP
/// 800-38D). Two processes collide only if their random 96-bit starts fall within the count of
/// nonces they use of each other, which does not happen in practice; and it costs an increment, not
/// a call to the system's random generator per field.</summary>
internal static class NonceSource
{
    private static readonly uint Fixed = BinaryPrimitives.ReadUInt32BigEndian(RandomNumberGenerator.GetBytes(4));
    private static long _counter = BinaryPrimitives.ReadInt64BigEndian(RandomNumberGenerator.GetBytes(8));

    public static void Next(Span<byte> nonce)
    {
        BinaryPrimitives.WriteUInt32BigEndian(nonce, Fixed);
        BinaryPrimitives.WriteInt64BigEndian(nonce[4..], Interlocked.Increment(ref _counter));
    }
}

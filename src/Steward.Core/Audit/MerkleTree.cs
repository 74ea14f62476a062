using System.Numerics;
using System.Security.Cryptography;

namespace Steward.Core.Audit;

/// <summary>The hashes of RFC 6962 (section 2.1): leaf = SHA-256(0x00 || data), node =
/// SHA-256(0x01 || left || right); a tree of n leaves splits at the largest power of two below n.</summary>
public static class MerkleTree
{
    public const int HashSize = 32;

    // One SHA-256 context per thread, reset after each hash: SHA256.HashData sets up and tears down a
    // context on every call, which costs more than hashing an entry (verify makes two hashes per entry).
    [ThreadStatic] private static IncrementalHash? t_sha256;

    /// <summary>SHA-256 of <paramref name="input"/> into <paramref name="destination"/>.</summary>
    public static void Sha256(ReadOnlySpan<byte> input, Span<byte> destination)
    {
        var sha = t_sha256 ??= IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(input);
        sha.GetHashAndReset(destination);
    }

    public static byte[] LeafHash(ReadOnlySpan<byte> data)
    {
        var input = data.Length <= 1024 ? stackalloc byte[data.Length + 1] : new byte[data.Length + 1];
        input[0] = 0;
        data.CopyTo(input[1..]);
        return SHA256.HashData(input);
    }

    public static void NodeHash(ReadOnlySpan<byte> left, ReadOnlySpan<byte> right, Span<byte> destination)
    {
        Span<byte> input = stackalloc byte[1 + 2 * HashSize];
        input[0] = 1;
        left.CopyTo(input[1..]);
        right.CopyTo(input[(1 + HashSize)..]);
        Sha256(input, destination);
    }

    public static byte[] NodeHash(ReadOnlySpan<byte> left, ReadOnlySpan<byte> right)
    {
        var hash = new byte[HashSize];
        NodeHash(left, right, hash);
        return hash;
    }

    /// <summary>The root of the leaves given (MTH of RFC 6962), for small in-memory ranges.</summary>
    public static byte[] Root(IReadOnlyList<byte[]> leafHashes)
    {
        var range = new CompactRange();
        foreach (var leaf in leafHashes) range.Append(leaf);
        return range.Root();
    }

    /// <summary>The largest power of two strictly below <paramref name="n"/> (n &gt; 1): where RFC 6962 splits.</summary>
    public static long SplitPoint(long n) => 1L << (63 - BitOperations.LeadingZeroCount((ulong)(n - 1)));

    /// <summary>The empty tree's root: SHA-256 of nothing.</summary>
    public static byte[] EmptyRoot() => SHA256.HashData([]);
}

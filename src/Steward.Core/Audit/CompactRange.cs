using System.Numerics;

namespace Steward.Core.Audit;

/// <summary>The right edge of an RFC 6962 tree: one complete subtree per set bit of its size, which is
/// all it takes to append a leaf or compute the root, whatever the size. Appending costs one hash per
/// completed subtree (two on average per leaf, counting the leaf's own).</summary>
public sealed class CompactRange
{
    // Subtree hash at each level; valid where the bit of Size at that level is set.
    private readonly byte[] _hashes = new byte[64 * MerkleTree.HashSize];

    public long Size { get; private set; }

    /// <summary>A subtree completed by an append: 2^Level leaves starting at Position * 2^Level.</summary>
    public delegate void NodeCompleted(int level, long position, ReadOnlySpan<byte> hash);

    /// <summary>Builds the range of a tree of <paramref name="size"/> leaves from its complete subtrees,
    /// left to right (largest first); <paramref name="subtreeHash"/> gets (level, position).</summary>
    public static async Task<CompactRange> FromSubtreesAsync(long size, Func<int, long, Task<byte[]>> subtreeHash)
    {
        ArgumentNullException.ThrowIfNull(subtreeHash);
        var range = new CompactRange { Size = size };
        long start = 0;
        for (var level = 63; level >= 0; level--)
        {
            if ((size & (1L << level)) == 0) continue;
            var hash = await subtreeHash(level, start >> level);
            hash.CopyTo(range.Slot(level));
            start += 1L << level;
        }
        return range;
    }

    public void Append(ReadOnlySpan<byte> leafHash, NodeCompleted? completed = null)
    {
        Span<byte> carry = stackalloc byte[MerkleTree.HashSize];
        leafHash.CopyTo(carry);
        var level = 0;
        // Like adding one in binary: each set low bit is a complete subtree that the new one joins.
        while ((Size & (1L << level)) != 0)
        {
            MerkleTree.NodeHash(Slot(level), carry, carry);
            level++;
            completed?.Invoke(level, ((Size + 1) >> level) - 1, carry);
        }
        carry.CopyTo(Slot(level));
        Size++;
    }

    /// <summary>The root hash of the tree of <see cref="Size"/> leaves (RFC 6962 MTH).</summary>
    public byte[] Root()
    {
        if (Size == 0) return MerkleTree.EmptyRoot();
        var level = BitOperations.TrailingZeroCount(Size);
        var root = Slot(level).ToArray();
        // Complete subtrees join from the right: each larger one on the left of what is built so far.
        for (level++; level < 64; level++)
        {
            if ((Size & (1L << level)) != 0) MerkleTree.NodeHash(Slot(level), root, root);
        }
        return root;
    }

    private Span<byte> Slot(int level) => _hashes.AsSpan(level * MerkleTree.HashSize, MerkleTree.HashSize);
}

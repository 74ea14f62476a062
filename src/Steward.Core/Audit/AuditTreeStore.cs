using Microsoft.EntityFrameworkCore;
using Steward.Core.Storage;

namespace Steward.Core.Audit;

/// <summary>Reads hashes of parts of the stored tree: stored subtree nodes where there are, leaf hashes
/// for the small ranges below them.</summary>
internal static class AuditTreeStore
{
    private const long SmallRange = 1L << AuditTreeNode.StoredLevel;

    /// <summary>The RFC 6962 root of the entries [start, start + size). Ranges met in the RFC tree are
    /// either small, or complete subtrees aligned on their size, or split at a power of two.</summary>
    public static async Task<byte[]> RangeHashAsync(StewardDb db, long start, long size, CancellationToken cancellationToken)
    {
        if (size < SmallRange)
        {
            var leaves = await db.Set<AuditEntry>().AsNoTracking()
                .Where(e => e.Index >= start && e.Index < start + size)
                .OrderBy(e => e.Index).Select(e => e.LeafHash).ToListAsync(cancellationToken);
            if (leaves.Count != size) throw new InvalidOperationException($"Audit entries {start} to {start + size - 1} are not all there.");
            return MerkleTree.Root(leaves);
        }
        if ((size & (size - 1)) == 0 && start % size == 0)
        {
            var level = 63 - long.LeadingZeroCount(size);
            var position = start / size;
            return await db.Set<AuditTreeNode>().AsNoTracking()
                .Where(n => n.Level == (int)level && n.Position == position)
                .Select(n => n.Hash).FirstOrDefaultAsync(cancellationToken)
                ?? throw new InvalidOperationException($"The audit tree node of level {level} at {position} is missing.");
        }
        var split = MerkleTree.SplitPoint(size);
        var left = await RangeHashAsync(db, start, split, cancellationToken);
        var right = await RangeHashAsync(db, start + split, size - split, cancellationToken);
        return MerkleTree.NodeHash(left, right);
    }

    /// <summary>The right edge of the stored tree of <paramref name="size"/> entries, to append to.</summary>
    public static Task<CompactRange> RangeAsync(StewardDb db, long size, CancellationToken cancellationToken) =>
        CompactRange.FromSubtreesAsync(size, (level, position) => RangeHashAsync(db, position << level, 1L << level, cancellationToken));
}

using Microsoft.EntityFrameworkCore;
using Steward.Core.Storage;

namespace Steward.Core.Audit;

/// <summary>An RFC 6962 inclusion proof of one entry in the tree of the latest signed checkpoint.</summary>
/// <param name="EntryBytes">The canonical bytes of the entry as stored; SHA-256(0x00 || these) should be the leaf hash.</param>
/// <param name="AuditPath">The audit path, from the leaf's sibling up to the root's child (RFC 6962, 2.1.1).</param>
/// <param name="PublicKey">The checkpoint's signing key, X.509 SubjectPublicKeyInfo (DER).</param>
public sealed record AuditInclusionProof(AuditEntry Entry, byte[] EntryBytes, IReadOnlyList<byte[]> AuditPath, AuditCheckpoint Checkpoint, byte[] PublicKey);

public enum AuditProofStatus { Found, NoSuchEntry, NotYetCovered }

public sealed record AuditProofResult(AuditProofStatus Status, AuditInclusionProof? Proof, long CoveredSize);

public static class AuditInclusionProofs
{
    public static async Task<AuditProofResult> ForEntryAsync(StewardDb db, long index, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var checkpoint = await db.Set<AuditCheckpoint>().AsNoTracking().OrderByDescending(c => c.TreeSize).FirstOrDefaultAsync(cancellationToken);
        var covered = checkpoint?.TreeSize ?? 0;
        var entry = index < 0 ? null : await db.Set<AuditEntry>().AsNoTracking().SingleOrDefaultAsync(e => e.Index == index, cancellationToken);
        if (entry is null) return new AuditProofResult(AuditProofStatus.NoSuchEntry, null, covered);
        if (checkpoint is null || index >= covered) return new AuditProofResult(AuditProofStatus.NotYetCovered, null, covered);

        var path = new List<byte[]>();
        foreach (var (start, size) in PathRanges(index, 0, checkpoint.TreeSize))
        {
            path.Add(await AuditTreeStore.RangeHashAsync(db, start, size, cancellationToken));
        }
        var key = await db.Set<AuditKey>().AsNoTracking().Where(k => k.KeyId == checkpoint.KeyId).Select(k => k.PublicKey).SingleOrDefaultAsync(cancellationToken) ?? [];
        var bytes = AuditEncoding.EntryBytes(entry.Index, entry.Time, entry.Record);
        return new AuditProofResult(AuditProofStatus.Found, new AuditInclusionProof(entry, bytes, path, checkpoint, key), covered);
    }

    /// <summary>The ranges whose roots make up PATH(m, D[start:start+n]) of RFC 6962, leaf side first.</summary>
    internal static List<(long Start, long Size)> PathRanges(long m, long start, long n)
    {
        var ranges = new List<(long, long)>();
        // Walk down from the root, then reverse: the RFC lists the path from the leaf up.
        while (n > 1)
        {
            var k = MerkleTree.SplitPoint(n);
            if (m < k)
            {
                ranges.Add((start + k, n - k));
                n = k;
            }
            else
            {
                ranges.Add((start, k));
                m -= k;
                start += k;
                n -= k;
            }
        }
        ranges.Reverse();
        return ranges;
    }
}

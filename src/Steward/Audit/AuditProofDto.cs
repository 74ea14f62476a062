using Steward.Core.Audit;

namespace Steward.Audit;

/// <summary>An inclusion proof as JSON; hashes, keys and signatures are base64.</summary>
/// <param name="LeafHash">SHA-256(0x00 || entryBytes).</param>
/// <param name="AuditPath">RFC 6962 audit path, leaf side first.</param>
/// <param name="EntryBytes">The canonical bytes of the entry (see AuditEncoding).</param>
public sealed record AuditProofDto(
    long LeafIndex, long TreeSize, byte[] LeafHash, IReadOnlyList<byte[]> AuditPath, AuditEntryDto Entry, byte[] EntryBytes, AuditCheckpointDto Checkpoint)
{
    public static AuditProofDto From(AuditInclusionProof proof)
    {
        ArgumentNullException.ThrowIfNull(proof);
        var e = proof.Entry;
        var c = proof.Checkpoint;
        return new AuditProofDto(e.Index, c.TreeSize, e.LeafHash, proof.AuditPath,
            new AuditEntryDto(e.Index, e.Time, e.Actor, e.Action, e.SubjectId, e.Purpose, e.Decision, e.Reason),
            proof.EntryBytes,
            new AuditCheckpointDto(c.TreeSize, c.RootHash, c.Time, c.Signature, c.KeyId, proof.PublicKey));
    }
}

public sealed record AuditEntryDto(long Index, DateTimeOffset Time, string Actor, string Action, Guid? SubjectId, string? Purpose, string? Decision, string? Reason);

/// <param name="Signature">ECDSA P-256 with SHA-256, IEEE P1363 (r || s), over the ASCII header
/// "steward audit checkpoint v1\n", the tree size (int64 big-endian), the 32-byte root hash, and the
/// time as .NET UTC ticks (100 ns since 0001-01-01, int64 big-endian).</param>
/// <param name="PublicKey">X.509 SubjectPublicKeyInfo (DER) of the signing key; its SHA-256 in hex is the key id.</param>
public sealed record AuditCheckpointDto(long TreeSize, byte[] RootHash, DateTimeOffset Time, byte[] Signature, string KeyId, byte[] PublicKey);

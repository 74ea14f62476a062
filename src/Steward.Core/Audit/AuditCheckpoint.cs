using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Steward.Core.Audit;

/// <summary>A signed statement of the tree: "the first <see cref="TreeSize"/> entries have this root
/// hash", signed with the audit signing key. Anyone holding the public key can check an inclusion
/// proof against it without trusting the database.</summary>
public sealed class AuditCheckpoint
{
    /// <summary>How many entries the checkpoint covers (entries 0 to TreeSize - 1). Its key.</summary>
    public long TreeSize { get; set; }
    public required byte[] RootHash { get; set; }
    public DateTimeOffset Time { get; set; }
    /// <summary>ECDSA P-256 with SHA-256 over <see cref="AuditEncoding.CheckpointBytes"/>, IEEE P1363 (r || s, 64 bytes).</summary>
    public required byte[] Signature { get; set; }
    /// <summary>The signing key's id (<see cref="AuditKey.KeyId"/>).</summary>
    public required string KeyId { get; set; }
}

internal sealed class AuditCheckpointConfiguration : IEntityTypeConfiguration<AuditCheckpoint>
{
    public void Configure(EntityTypeBuilder<AuditCheckpoint> builder)
    {
        builder.ToTable("audit_checkpoints");
        builder.HasKey(c => c.TreeSize);
        builder.Property(c => c.TreeSize).ValueGeneratedNever();
        builder.Property(c => c.RootHash).HasMaxLength(MerkleTree.HashSize);
        builder.Property(c => c.Signature).HasMaxLength(AuditSigningKey.MaxSignatureSize);
        builder.Property(c => c.KeyId).HasMaxLength(AuditSigningKey.KeyIdLength);
    }
}

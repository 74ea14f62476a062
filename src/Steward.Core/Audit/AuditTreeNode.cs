using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Steward.Core.Audit;

/// <summary>The hash of one complete subtree of 2^Level entries, starting at entry Position * 2^Level.
/// Kept only for levels of at least <see cref="StoredLevel"/> (256 entries and up, about one row per
/// 128 entries), so an inclusion proof reads a few dozen rows instead of every leaf. A cache: verify
/// recomputes the tree from the entries and does not trust these.</summary>
public sealed class AuditTreeNode
{
    public const int StoredLevel = 8;

    public int Level { get; set; }
    public long Position { get; set; }
    public required byte[] Hash { get; set; }
}

internal sealed class AuditTreeNodeConfiguration : IEntityTypeConfiguration<AuditTreeNode>
{
    public void Configure(EntityTypeBuilder<AuditTreeNode> builder)
    {
        builder.ToTable("audit_tree_nodes");
        builder.HasKey(n => new { n.Level, n.Position });
        builder.Property(n => n.Hash).HasMaxLength(MerkleTree.HashSize);
    }
}

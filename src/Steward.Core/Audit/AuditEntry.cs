using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Steward.Core.Audit;

/// <summary>One stored entry of the audit log: an <see cref="AuditRecord"/> with its place in the log,
/// its time, and its leaf hash in the Merkle tree. Entries are only ever inserted.</summary>
public sealed class AuditEntry
{
    /// <summary>Position in the log: 0, 1, 2, ... with no gap. Also the leaf's index in the tree.</summary>
    public long Index { get; set; }
    /// <summary>When the entry was appended, in UTC, to the millisecond (both databases keep that exactly).</summary>
    public DateTimeOffset Time { get; set; }
    public required string Actor { get; set; }
    public required string Action { get; set; }
    public Guid? SubjectId { get; set; }
    public string? Purpose { get; set; }
    public string? Decision { get; set; }
    public string? Reason { get; set; }
    /// <summary>SHA-256(0x00 || canonical entry bytes), as RFC 6962 hashes a leaf.</summary>
    public required byte[] LeafHash { get; set; }

    public AuditRecord Record => new(Actor, Action, SubjectId, Purpose, Decision, Reason);
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("audit_entries");
        // The primary key is the guard against two writers taking the same index.
        builder.HasKey(e => e.Index);
        builder.Property(e => e.Index).ValueGeneratedNever();
        builder.Property(e => e.Actor).HasMaxLength(AuditLimits.Actor);
        builder.Property(e => e.Action).HasMaxLength(AuditLimits.Action);
        builder.Property(e => e.Purpose).HasMaxLength(AuditLimits.Purpose);
        builder.Property(e => e.Decision).HasMaxLength(AuditLimits.Decision);
        builder.Property(e => e.Reason).HasMaxLength(AuditLimits.Reason);
        builder.Property(e => e.LeafHash).HasMaxLength(MerkleTree.HashSize);
        builder.Ignore(e => e.Record);
        // An access package reads a subject's entries; without this its cost would grow with the log.
        builder.HasIndex(e => e.SubjectId);
    }
}

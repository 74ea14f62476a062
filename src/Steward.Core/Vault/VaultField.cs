using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Steward.Core.Vault;

/// <summary>One personal field of one subject, as AES-256-GCM ciphertext under the subject's data
/// key. Its category and name are plain (they say what kind of data, not what it is).</summary>
internal sealed class VaultField
{
    public long Id { get; set; }
    public Guid SubjectId { get; set; }
    /// <summary>The catalogue category: contact.email, identity.name, ...</summary>
    public required string Category { get; set; }
    /// <summary>Tells repeated entries of one category apart ("home", "work"); empty for a single one.</summary>
    public required string Name { get; set; }
    public int KeyVersion { get; set; }
    public required byte[] Ciphertext { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public VaultLookup? Lookup { get; set; }
}

internal sealed class VaultFieldConfiguration : IEntityTypeConfiguration<VaultField>
{
    public void Configure(EntityTypeBuilder<VaultField> builder)
    {
        builder.ToTable("vault_fields");
        builder.Property(f => f.Category).HasMaxLength(100);
        builder.Property(f => f.Name).HasMaxLength(100);
        builder.HasIndex(f => new { f.SubjectId, f.Category, f.Name }).IsUnique();
        builder.HasOne<DataSubject>().WithMany().HasForeignKey(f => f.SubjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(f => f.Lookup).WithOne().HasForeignKey<VaultLookup>(l => l.FieldId).OnDelete(DeleteBehavior.Cascade);
    }
}

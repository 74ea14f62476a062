using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Steward.Core.Vault;

/// <summary>A blind-index entry: the keyed hash of a field's normalised email or telephone number,
/// and whose field it is.</summary>
internal sealed class VaultLookup
{
    public long Id { get; set; }
    public long FieldId { get; set; }
    public Guid SubjectId { get; set; }
    public required byte[] Hash { get; set; }
}

internal sealed class VaultLookupConfiguration : IEntityTypeConfiguration<VaultLookup>
{
    public void Configure(EntityTypeBuilder<VaultLookup> builder)
    {
        builder.ToTable("vault_lookups");
        builder.Property(l => l.Hash).HasMaxLength(32);
        builder.HasIndex(l => l.Hash);
        builder.HasIndex(l => l.SubjectId);
    }
}

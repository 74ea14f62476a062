using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Steward.Core.Vault;

/// <summary>A subject's data key, wrapped under a key-encryption key. Deleting this row is erasure:
/// every ciphertext of the subject, wherever a copy of it lies, can no longer be opened.</summary>
internal sealed class SubjectKey
{
    public Guid SubjectId { get; set; }
    /// <summary>The data key's version, bound into every field's associated data.</summary>
    public int KeyVersion { get; set; }
    /// <summary>The KEK version that wraps it; a rotation moves it to the current version.</summary>
    public int KekVersion { get; set; }
    public required byte[] WrappedKey { get; set; }
}

internal sealed class SubjectKeyConfiguration : IEntityTypeConfiguration<SubjectKey>
{
    public void Configure(EntityTypeBuilder<SubjectKey> builder)
    {
        builder.ToTable("vault_keys");
        builder.HasKey(k => k.SubjectId);
        builder.HasOne<DataSubject>().WithOne().HasForeignKey<SubjectKey>(k => k.SubjectId).OnDelete(DeleteBehavior.Cascade);
        // A rotation re-wraps a key only if no one re-wrapped or erased it meanwhile.
        builder.Property(k => k.KekVersion).IsConcurrencyToken();
        builder.Property(k => k.WrappedKey).HasMaxLength(VaultCrypto.WrappedKeySize);
        builder.HasIndex(k => k.KekVersion);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Steward.Core.Audit;

/// <summary>A public key that signed checkpoints. Its id is the SHA-256 of the key itself, so a
/// swapped key row no longer matches the id its checkpoints name.</summary>
public sealed class AuditKey
{
    /// <summary>Lower-case hex SHA-256 of <see cref="PublicKey"/>.</summary>
    public required string KeyId { get; set; }
    /// <summary>The ECDSA P-256 public key as X.509 SubjectPublicKeyInfo (DER).</summary>
    public required byte[] PublicKey { get; set; }
    public DateTimeOffset AddedAt { get; set; }
}

internal sealed class AuditKeyConfiguration : IEntityTypeConfiguration<AuditKey>
{
    public void Configure(EntityTypeBuilder<AuditKey> builder)
    {
        builder.ToTable("audit_keys");
        builder.HasKey(k => k.KeyId);
        builder.Property(k => k.KeyId).HasMaxLength(AuditSigningKey.KeyIdLength);
        builder.Property(k => k.PublicKey).HasMaxLength(512);
    }
}

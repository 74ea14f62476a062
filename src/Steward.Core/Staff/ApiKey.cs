using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Steward.Core.Staff;

/// <summary>A key another system presents to ask Steward's decision API, bound to that system and the
/// purposes it may ask about. Only the SHA-256 of the key is stored; the key is shown once.</summary>
public sealed class ApiKey
{
    public Guid Id { get; set; }
    /// <summary>The public part of the key (16 hex digits), by which it is found and named in the audit log.</summary>
    public required string KeyId { get; set; }
    /// <summary>The system the key was made for, e.g. "careers-site".</summary>
    public required string System { get; set; }
    /// <summary>Catalogue purposes the system may ask about; a parent includes its children.</summary>
    public List<string> Purposes { get; set; } = [];
    public required byte[] SecretHash { get; set; }
    public required string CreatedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string? RevokedBy { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }

    public bool IsRevoked => RevokedAt is not null;
}

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> builder)
    {
        builder.ToTable("api_keys");
        builder.Property(k => k.KeyId).HasMaxLength(16);
        builder.HasIndex(k => k.KeyId).IsUnique();
        builder.Property(k => k.System).HasMaxLength(100);
        builder.Property(k => k.SecretHash).HasMaxLength(32);
        builder.Property(k => k.CreatedBy).HasMaxLength(100);
        builder.Property(k => k.RevokedBy).HasMaxLength(100);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Steward.Core.Collection;

/// <summary>A juvenile's data waiting for a parent's or guardian's confirmation (P7.1, P7.3): ids and a
/// SHA-256 of the emailed link's token only; the guardian's address lives in the vault.</summary>
public sealed class PendingGuardianConsent
{
    public long Id { get; set; }
    public Guid JuvenileId { get; set; }
    public Guid GuardianId { get; set; }
    public required byte[] TokenHash { get; set; }
    public DateTimeOffset RequestedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? ConfirmedAt { get; set; }
    public DateTimeOffset? ErasedAt { get; set; }
}

internal sealed class PendingGuardianConsentConfiguration : IEntityTypeConfiguration<PendingGuardianConsent>
{
    public void Configure(EntityTypeBuilder<PendingGuardianConsent> builder)
    {
        builder.ToTable("pending_guardian_consents");
        builder.Property(p => p.TokenHash).HasMaxLength(32);
        builder.HasIndex(p => p.TokenHash).IsUnique();
        builder.HasIndex(p => p.JuvenileId);
        builder.HasIndex(p => p.ExpiresAt);
    }
}

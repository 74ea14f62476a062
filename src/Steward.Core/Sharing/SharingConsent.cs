using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Steward.Core.Sharing;

/// <summary>What a person's consent about a recipient covers: receiving their data at all (a consent
/// ground, or a successor's new consent), or its leaving the region (explicit or separate consent, P9.1).</summary>
public enum SharingConsentScope { Flow, Transfer }

/// <summary>A person's consent to one recipient, live until withdrawn.</summary>
public sealed class SharingConsent
{
    public long Id { get; set; }
    public Guid SubjectId { get; set; }
    public required string Recipient { get; set; }
    public SharingConsentScope Scope { get; set; }
    public DateTimeOffset GivenAt { get; set; }
    public DateTimeOffset? WithdrawnAt { get; set; }
}

internal sealed class SharingConsentConfiguration : IEntityTypeConfiguration<SharingConsent>
{
    public void Configure(EntityTypeBuilder<SharingConsent> builder)
    {
        builder.ToTable("sharing_consents");
        builder.Property(c => c.Recipient).HasMaxLength(100);
        builder.Property(c => c.Scope).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(c => new { c.SubjectId, c.Recipient });
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Steward.Core.Gate;

/// <summary>A subject's restriction of, or objection to, one purpose (P6.1), from when it applies
/// until it is lifted.</summary>
public sealed class ProcessingLimit
{
    public long Id { get; set; }
    public Guid SubjectId { get; set; }
    public required string Purpose { get; set; }
    public ProcessingLimitKind Kind { get; set; }
    public DateTimeOffset Since { get; set; }
    public DateTimeOffset? LiftedAt { get; set; }
}

public enum ProcessingLimitKind { Restriction, Objection }

/// <summary>A legal hold on a subject's data: erasure is refused until it is released or ends.</summary>
public sealed class LegalHold
{
    public long Id { get; set; }
    public Guid SubjectId { get; set; }
    /// <summary>Why the data must be kept, without personal data: a case or law reference.</summary>
    public required string Reason { get; set; }
    public DateTimeOffset PlacedAt { get; set; }
    public DateTimeOffset? Until { get; set; }
    public DateTimeOffset? ReleasedAt { get; set; }
}

/// <summary>A parent's or guardian's verified consent for a juvenile (P7.1, P7.2).</summary>
public sealed class GuardianConsent
{
    public long Id { get; set; }
    public Guid SubjectId { get; set; }
    public DateTimeOffset VerifiedAt { get; set; }
    public DateTimeOffset? WithdrawnAt { get; set; }
}

internal sealed class GateTablesConfiguration :
    IEntityTypeConfiguration<ProcessingLimit>, IEntityTypeConfiguration<LegalHold>, IEntityTypeConfiguration<GuardianConsent>
{
    public void Configure(EntityTypeBuilder<ProcessingLimit> builder)
    {
        builder.ToTable("processing_limits");
        builder.Property(l => l.Purpose).HasMaxLength(200);
        builder.Property(l => l.Kind).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(l => new { l.SubjectId, l.Purpose });
    }

    public void Configure(EntityTypeBuilder<LegalHold> builder)
    {
        builder.ToTable("legal_holds");
        builder.Property(h => h.Reason).HasMaxLength(500);
        builder.HasIndex(h => h.SubjectId);
    }

    public void Configure(EntityTypeBuilder<GuardianConsent> builder)
    {
        builder.ToTable("guardian_consents");
        builder.HasIndex(g => g.SubjectId);
    }
}

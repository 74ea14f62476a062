using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Steward.Core.Catalogue.Model;

namespace Steward.Core.Retention;

/// <summary>When something happened to a subject that starts a retention period (last activity,
/// application closed, deregistration, consent withdrawn); collection is the subject's creation.
/// The purpose, where given, lets rules narrowed to purposes tell events apart.</summary>
public sealed class SubjectEvent
{
    public long Id { get; set; }
    public Guid SubjectId { get; set; }
    public RetentionEvent Event { get; set; }
    public string? Purpose { get; set; }
    public DateTimeOffset At { get; set; }
}

/// <summary>A legal hold on a whole category (litigation over all applications, say): no field of it
/// is erased by retention until released or past its end date. Holds on one subject are the gate's
/// <see cref="Gate.LegalHold"/>.</summary>
public sealed class CategoryHold
{
    public long Id { get; set; }
    public required string Category { get; set; }
    /// <summary>A case or law reference; no personal data.</summary>
    public required string Reason { get; set; }
    public DateTimeOffset PlacedAt { get; set; }
    public DateTimeOffset? Until { get; set; }
    public DateTimeOffset? ReleasedAt { get; set; }
}

/// <summary>Proof that a rule erased a subject's data, written in the same transaction as the
/// erasure; unique per subject and rule, so nothing is erased twice.</summary>
public sealed class RetentionErasure
{
    public long Id { get; set; }
    public Guid SubjectId { get; set; }
    public required string Rule { get; set; }
    public RetentionAction Action { get; set; }
    /// <summary>Whether the subject was erased whole (key destroyed) because nothing else was left.</summary>
    public bool Shredded { get; set; }
    public DateTimeOffset At { get; set; }
}

/// <summary>A lease row: which node runs a piece of scheduled work, until when.</summary>
public sealed class WorkLease
{
    public required string Name { get; set; }
    public string? Holder { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
}

internal sealed class RetentionConfiguration :
    IEntityTypeConfiguration<SubjectEvent>, IEntityTypeConfiguration<CategoryHold>,
    IEntityTypeConfiguration<RetentionErasure>, IEntityTypeConfiguration<WorkLease>
{
    public void Configure(EntityTypeBuilder<SubjectEvent> builder)
    {
        builder.ToTable("retention_events");
        builder.Property(e => e.Event).HasConversion<string>().HasMaxLength(30);
        builder.Property(e => e.Purpose).HasMaxLength(100);
        builder.HasIndex(e => new { e.Event, e.At });
        builder.HasIndex(e => e.SubjectId);
    }

    public void Configure(EntityTypeBuilder<CategoryHold> builder)
    {
        builder.ToTable("retention_category_holds");
        builder.Property(h => h.Category).HasMaxLength(100);
        builder.Property(h => h.Reason).HasMaxLength(300);
    }

    public void Configure(EntityTypeBuilder<RetentionErasure> builder)
    {
        builder.ToTable("retention_erasures");
        builder.Property(e => e.Rule).HasMaxLength(100);
        builder.Property(e => e.Action).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(e => new { e.SubjectId, e.Rule }).IsUnique();
    }

    public void Configure(EntityTypeBuilder<WorkLease> builder)
    {
        builder.ToTable("work_leases");
        builder.HasKey(l => l.Name);
        builder.Property(l => l.Name).HasMaxLength(100);
        builder.Property(l => l.Holder).HasMaxLength(200);
    }
}

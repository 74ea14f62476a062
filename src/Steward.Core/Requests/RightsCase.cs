using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Steward.Core.Requests;

/// <summary>One rights request, tracked from receipt to reply. Holds no personal data: the person is
/// their pseudonymous subject id, and whatever they wrote (details, a corrected value, staff's
/// explanation) lives in the vault (<see cref="CaseNotes"/>).</summary>
public sealed class RightsCase
{
    public Guid Id { get; set; }
    /// <summary>What the person sees and quotes: R-XXXX-XXXX.</summary>
    public required string Reference { get; set; }
    public RequestKind Kind { get; set; }
    public RequestChannel Channel { get; set; }
    public Guid SubjectId { get; set; }
    /// <summary>The purpose a restriction, objection or withdrawal is about.</summary>
    public string? Purpose { get; set; }
    /// <summary>For a correction: the vault field, as category or category[name].</summary>
    public string? Field { get; set; }
    /// <summary>For a migration: the catalogue site the data goes to.</summary>
    public string? Destination { get; set; }
    /// <summary>The catalogue region whose law sets the deadline and names the authority.</summary>
    public required string Region { get; set; }
    /// <summary>The language replies are written in: en or zh-CN.</summary>
    public required string Language { get; set; }
    public CaseState State { get; set; }
    public FulfilmentStep? Step { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }
    public DateTimeOffset DueAt { get; set; }
    public DateTimeOffset? ExtendedAt { get; set; }
    public ExtensionReason? ExtensionReason { get; set; }
    public DateTimeOffset? RemindedAt { get; set; }
    public DateTimeOffset? EscalatedAt { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    public DeclineReason? DeclineReason { get; set; }
    /// <summary>Set when something the person asked could not be done: a legal hold kept the data (P5.5).</summary>
    public bool KeptUnderHold { get; set; }
    /// <summary>The staff member's id the case is assigned to.</summary>
    public string? AssignedTo { get; set; }
    public string? ProofRequested { get; set; }
    /// <summary>The top-level categories the subject had before erasure or the corrected one: whose recipients are told.</summary>
    public string? Categories { get; set; }
    /// <summary>Optimistic concurrency: two workers or two staff members cannot both move the case.</summary>
    public int Version { get; set; }

    public bool Overdue(DateTimeOffset now) => !State.IsClosed() && now > DueAt;
}

internal sealed class RightsCaseConfiguration : IEntityTypeConfiguration<RightsCase>
{
    public void Configure(EntityTypeBuilder<RightsCase> builder)
    {
        builder.ToTable("rights_cases");
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Reference).HasMaxLength(16);
        builder.HasIndex(c => c.Reference).IsUnique();
        builder.HasIndex(c => c.SubjectId);
        builder.HasIndex(c => new { c.State, c.DueAt });
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Channel).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Step).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.ExtensionReason).HasConversion<string>().HasMaxLength(30);
        builder.Property(c => c.DeclineReason).HasConversion<string>().HasMaxLength(30);
        builder.Property(c => c.Purpose).HasMaxLength(200);
        builder.Property(c => c.Field).HasMaxLength(210);
        builder.Property(c => c.Destination).HasMaxLength(100);
        builder.Property(c => c.Region).HasMaxLength(100);
        builder.Property(c => c.Language).HasMaxLength(10);
        builder.Property(c => c.AssignedTo).HasMaxLength(450);
        builder.Property(c => c.ProofRequested).HasMaxLength(30);
        builder.Property(c => c.Categories).HasMaxLength(1000);
        builder.Property(c => c.Version).IsConcurrencyToken();
    }
}

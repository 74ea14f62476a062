using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Steward.Core.Breaches;

public enum BreachRisk { Unassessed, Unlikely, Risk, HighRisk }

/// <summary>A personal-data breach in the register (GDPR art. 33(5)): the facts, the effects, the
/// remedial action, and the clock that starts when the organisation becomes aware of it. Its text
/// is written by staff about the incident and never holds the affected people's data; they are
/// linked by pseudonymous id (<see cref="BreachSubject"/>).</summary>
public sealed class Breach
{
    public long Id { get; set; }
    public required string Title { get; set; }
    /// <summary>When the organisation became aware: the notification clock starts here.</summary>
    public DateTimeOffset AwareAt { get; set; }
    public DateTimeOffset RegisteredAt { get; set; }
    /// <summary>What happened and its cause (GDPR 33(3)(a), PIPL 57(1)).</summary>
    public string Nature { get; set; } = "";
    /// <summary>Likely consequences and possible harm (GDPR 33(3)(c), PIPL 57(1)).</summary>
    public string Consequences { get; set; } = "";
    /// <summary>Measures taken or proposed to address it and mitigate harm (GDPR 33(3)(d), PIPL 57(2)).</summary>
    public string Measures { get; set; } = "";
    /// <summary>What affected people can do themselves to reduce harm (PIPL 57(3)).</summary>
    public string AdviceToPeople { get; set; } = "";
    /// <summary>Categories of personal data concerned (catalogue ids).</summary>
    public List<string> Categories { get; set; } = [];
    public BreachRisk Risk { get; set; }
    public string? RiskReason { get; set; }
    public DateTimeOffset? AssessedAt { get; set; }
    public DateTimeOffset? AuthorityNotifiedAt { get; set; }
    /// <summary>Why the authority was told after the deadline (GDPR 33(1)).</summary>
    public string? LateReason { get; set; }
    public DateTimeOffset? PeopleNotifiedAt { get; set; }
    public int PeopleNotified { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    public string? ClosingNote { get; set; }
    public List<BreachUpdate> Updates { get; set; } = [];
}

/// <summary>Information added in phases (GDPR 33(4)): what became known, when, from whom.</summary>
public sealed class BreachUpdate
{
    public long Id { get; set; }
    public long BreachId { get; set; }
    public DateTimeOffset At { get; set; }
    public required string Actor { get; set; }
    public required string Text { get; set; }
}

/// <summary>A person affected, by pseudonymous id, with the region whose law applies to them.</summary>
public sealed class BreachSubject
{
    public long BreachId { get; set; }
    public Guid SubjectId { get; set; }
    public required string Region { get; set; }
    public DateTimeOffset? NotifiedAt { get; set; }
}

/// <summary>A reminder sent, once per breach and mark (24, 48, 60 hours).</summary>
public sealed class BreachReminder
{
    public long BreachId { get; set; }
    public int Hours { get; set; }
    public DateTimeOffset SentAt { get; set; }
}

internal sealed class BreachConfiguration :
    IEntityTypeConfiguration<Breach>, IEntityTypeConfiguration<BreachUpdate>, IEntityTypeConfiguration<BreachSubject>, IEntityTypeConfiguration<BreachReminder>
{
    public void Configure(EntityTypeBuilder<Breach> builder)
    {
        builder.ToTable("breaches");
        builder.Property(b => b.Title).HasMaxLength(200);
        builder.Property(b => b.Nature).HasMaxLength(4000);
        builder.Property(b => b.Consequences).HasMaxLength(4000);
        builder.Property(b => b.Measures).HasMaxLength(4000);
        builder.Property(b => b.AdviceToPeople).HasMaxLength(4000);
        builder.Property(b => b.RiskReason).HasMaxLength(2000);
        builder.Property(b => b.LateReason).HasMaxLength(2000);
        builder.Property(b => b.ClosingNote).HasMaxLength(2000);
        builder.Property(b => b.Risk).HasConversion<string>().HasMaxLength(20);
        builder.HasMany(b => b.Updates).WithOne().HasForeignKey(u => u.BreachId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<BreachUpdate> builder)
    {
        builder.ToTable("breach_updates");
        builder.Property(u => u.Actor).HasMaxLength(200);
        builder.Property(u => u.Text).HasMaxLength(4000);
    }

    public void Configure(EntityTypeBuilder<BreachSubject> builder)
    {
        builder.ToTable("breach_subjects");
        builder.HasKey(s => new { s.BreachId, s.SubjectId });
        builder.Property(s => s.Region).HasMaxLength(50);
        builder.HasOne<Breach>().WithMany().HasForeignKey(s => s.BreachId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<BreachReminder> builder)
    {
        builder.ToTable("breach_reminders");
        builder.HasKey(r => new { r.BreachId, r.Hours });
        builder.HasOne<Breach>().WithMany().HasForeignKey(r => r.BreachId).OnDelete(DeleteBehavior.Cascade);
    }
}

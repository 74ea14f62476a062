using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Steward.Core.Requests;

/// <summary>One step of a case's history: who did what, when, and the state it moved between.
/// Notes are codes and ids, never personal data.</summary>
public sealed class CaseEvent
{
    public long Id { get; set; }
    public Guid CaseId { get; set; }
    public DateTimeOffset At { get; set; }
    public required string Actor { get; set; }
    /// <summary>received, verified, assigned, proof_requested, proof_received, extended, started,
    /// applied, notified, replied, completed, declined, reminded, escalated.</summary>
    public required string Action { get; set; }
    public CaseState? From { get; set; }
    public CaseState? To { get; set; }
    public string? Note { get; set; }
}

internal sealed class CaseEventConfiguration : IEntityTypeConfiguration<CaseEvent>
{
    public void Configure(EntityTypeBuilder<CaseEvent> builder)
    {
        builder.ToTable("rights_case_events");
        builder.Property(e => e.Actor).HasMaxLength(500);
        builder.Property(e => e.Action).HasMaxLength(40);
        builder.Property(e => e.From).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.To).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Note).HasMaxLength(500);
        builder.HasIndex(e => new { e.CaseId, e.Id });
        builder.HasOne<RightsCase>().WithMany().HasForeignKey(e => e.CaseId).OnDelete(DeleteBehavior.Cascade);
    }
}

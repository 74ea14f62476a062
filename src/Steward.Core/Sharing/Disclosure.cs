using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Steward.Core.Catalogue.Model;

namespace Steward.Core.Sharing;

/// <summary>The record of one outbound flow that the gate allowed: keyed by the subject's
/// pseudonymous id, naming recipient, ground, purpose and categories; never the data itself.</summary>
public sealed class Disclosure
{
    public long Id { get; set; }
    public Guid SubjectId { get; set; }
    public required string Recipient { get; set; }
    public required string Ground { get; set; }
    public FlowKind Flow { get; set; }
    public required string Purpose { get; set; }
    public List<string> Categories { get; set; } = [];
    public DataForm Form { get; set; }
    public required string Origin { get; set; }
    /// <summary>The transfer mechanism relied on when the flow left its region.</summary>
    public string? Mechanism { get; set; }
    /// <summary>The law relied on, for a P4.4 exception or a legal duty.</summary>
    public string? LegalReference { get; set; }
    /// <summary>Who sent it, as the audit log names actors (ids only).</summary>
    public required string Actor { get; set; }
    public DateTimeOffset At { get; set; }
    public long AuditIndex { get; set; }
}

internal sealed class DisclosureConfiguration : IEntityTypeConfiguration<Disclosure>
{
    public void Configure(EntityTypeBuilder<Disclosure> builder)
    {
        builder.ToTable("sharing_disclosures");
        builder.Property(d => d.Recipient).HasMaxLength(100);
        builder.Property(d => d.Ground).HasMaxLength(100);
        builder.Property(d => d.Purpose).HasMaxLength(100);
        builder.Property(d => d.Origin).HasMaxLength(50);
        builder.Property(d => d.Mechanism).HasMaxLength(100);
        builder.Property(d => d.LegalReference).HasMaxLength(300);
        builder.Property(d => d.Actor).HasMaxLength(200);
        builder.Property(d => d.Flow).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.Form).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(d => d.SubjectId);
        builder.HasIndex(d => d.At);
    }
}

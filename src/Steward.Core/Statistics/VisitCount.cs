using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Steward.Core.Statistics;

/// <summary>How many visits a page of a site had on one day. Non-personal data, kept in its own
/// table, with no subject id nor anything that could link it to one (P2.6).</summary>
public sealed class VisitCount
{
    public required string Site { get; set; }
    public required string Page { get; set; }
    public DateOnly Day { get; set; }
    public long Count { get; set; }
}

internal sealed class VisitCountConfiguration : IEntityTypeConfiguration<VisitCount>
{
    public void Configure(EntityTypeBuilder<VisitCount> builder)
    {
        builder.ToTable("visit_counts");
        builder.HasKey(v => new { v.Site, v.Page, v.Day });
        builder.Property(v => v.Site).HasMaxLength(100);
        builder.Property(v => v.Page).HasMaxLength(300);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Steward.Core.Notices;

/// <summary>Staff's judgement of a new notice version (P10.2): material or not, and when it takes
/// effect; a material change is announced (by email, and by a banner on the notice page) at least the
/// catalogue's lead time before that.</summary>
public sealed class NoticeChange
{
    public long Id { get; set; }
    public required string SiteId { get; set; }
    public required string Version { get; set; }
    public string? PreviousVersion { get; set; }
    public bool Material { get; set; }
    public DateTimeOffset EffectiveAt { get; set; }
    public DateTimeOffset MarkedAt { get; set; }
    public required string MarkedBy { get; set; }
    public DateTimeOffset? AnnouncedAt { get; set; }
    public int Announced { get; set; }
}

/// <summary>Which version of a site's notice a person was shown, and whether and when they accepted it (P10.3).</summary>
public sealed class NoticeReading
{
    public long Id { get; set; }
    public Guid SubjectId { get; set; }
    public required string SiteId { get; set; }
    public required string Version { get; set; }
    public DateTimeOffset ShownAt { get; set; }
    public DateTimeOffset? AcceptedAt { get; set; }
}

internal sealed class NoticeChangeConfiguration : IEntityTypeConfiguration<NoticeChange>, IEntityTypeConfiguration<NoticeReading>
{
    public void Configure(EntityTypeBuilder<NoticeChange> builder)
    {
        builder.ToTable("notice_changes");
        builder.Property(c => c.SiteId).HasMaxLength(100);
        builder.Property(c => c.Version).HasMaxLength(64);
        builder.Property(c => c.PreviousVersion).HasMaxLength(64);
        builder.Property(c => c.MarkedBy).HasMaxLength(200);
        builder.HasIndex(c => new { c.SiteId, c.Version }).IsUnique();
    }

    public void Configure(EntityTypeBuilder<NoticeReading> builder)
    {
        builder.ToTable("notice_readings");
        builder.Property(r => r.SiteId).HasMaxLength(100);
        builder.Property(r => r.Version).HasMaxLength(64);
        builder.HasIndex(r => new { r.SubjectId, r.SiteId });
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Steward.Core.Notices;

/// <summary>One published version of a site's privacy notice. Its id is derived from its content,
/// so the same catalogue always yields the same version, and any change yields a new one (P10.1, P10.3).</summary>
public sealed class NoticeVersion
{
    public long Id { get; set; }
    public required string SiteId { get; set; }
    /// <summary>The first 16 hex digits of the SHA-256 of every language's text.</summary>
    public required string Version { get; set; }
    public DateTimeOffset PublishedAt { get; set; }
    public List<NoticeText> Texts { get; set; } = [];
}

/// <summary>The notice of one version in one language, as Markdown.</summary>
public sealed class NoticeText
{
    public long Id { get; set; }
    public long NoticeVersionId { get; set; }
    public required string Language { get; set; }
    public required string Markdown { get; set; }
    /// <summary>SHA-256 of the Markdown, hex: what a consent record cites as the text shown.</summary>
    public required string Sha256 { get; set; }
}

internal sealed class NoticeVersionConfiguration : IEntityTypeConfiguration<NoticeVersion>
{
    public void Configure(EntityTypeBuilder<NoticeVersion> builder)
    {
        builder.ToTable("notice_versions");
        builder.Property(v => v.SiteId).HasMaxLength(100);
        builder.Property(v => v.Version).HasMaxLength(16);
        builder.HasIndex(v => new { v.SiteId, v.Version }).IsUnique();
        builder.HasMany(v => v.Texts).WithOne().HasForeignKey(t => t.NoticeVersionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class NoticeTextConfiguration : IEntityTypeConfiguration<NoticeText>
{
    public void Configure(EntityTypeBuilder<NoticeText> builder)
    {
        builder.ToTable("notice_texts");
        builder.Property(t => t.Language).HasMaxLength(20);
        builder.Property(t => t.Sha256).HasMaxLength(64);
        builder.HasIndex(t => new { t.NoticeVersionId, t.Language }).IsUnique();
    }
}

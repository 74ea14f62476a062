using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Steward.Core.Careers;

/// <summary>An opening on a careers site, written by a recruiter in English and Chinese. The
/// recruiter who made it owns it and alone sees the applications it receives. No personal data.</summary>
public sealed class JobPosting
{
    public Guid Id { get; set; }
    /// <summary>The staff member (Identity user id) who made the posting.</summary>
    public required string OwnerId { get; set; }
    /// <summary>The catalogue site it is shown on.</summary>
    public required string SiteId { get; set; }
    public required string TitleEn { get; set; }
    public required string TitleZh { get; set; }
    public required string DescriptionEn { get; set; }
    public required string DescriptionZh { get; set; }
    public bool Open { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public string Title(string language) => language == "zh-CN" ? TitleZh : TitleEn;

    public string Description(string language) => language == "zh-CN" ? DescriptionZh : DescriptionEn;
}

internal sealed class JobPostingConfiguration : IEntityTypeConfiguration<JobPosting>
{
    public void Configure(EntityTypeBuilder<JobPosting> builder)
    {
        builder.ToTable("careers_postings");
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.OwnerId).HasMaxLength(450);
        builder.Property(p => p.SiteId).HasMaxLength(100);
        builder.Property(p => p.TitleEn).HasMaxLength(PostingLimits.Title);
        builder.Property(p => p.TitleZh).HasMaxLength(PostingLimits.Title);
        builder.Property(p => p.DescriptionEn).HasMaxLength(PostingLimits.Description);
        builder.Property(p => p.DescriptionZh).HasMaxLength(PostingLimits.Description);
        builder.HasIndex(p => new { p.SiteId, p.Open });
        builder.HasIndex(p => p.OwnerId);
    }
}

public static class PostingLimits
{
    public const int Title = 200;
    public const int Description = 8000;
}

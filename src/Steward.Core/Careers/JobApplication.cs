using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Steward.Core.Careers;

/// <summary>That a subject applied to a posting: ids, time, the notice version shown and its
/// language. Everything the applicant wrote is in the vault under <see cref="SubjectId"/>.</summary>
public sealed class JobApplication
{
    public Guid Id { get; set; }
    public Guid PostingId { get; set; }
    public Guid SubjectId { get; set; }
    /// <summary>The random token of the form the applicant was shown: the same form sent twice is one application.</summary>
    public required string SubmissionKey { get; set; }
    public DateTimeOffset SubmittedAt { get; set; }
    public required string NoticeVersion { get; set; }
    public required string Language { get; set; }
    public bool HasResume { get; set; }
}

internal sealed class JobApplicationConfiguration : IEntityTypeConfiguration<JobApplication>
{
    public void Configure(EntityTypeBuilder<JobApplication> builder)
    {
        builder.ToTable("careers_applications");
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.SubmissionKey).HasMaxLength(64);
        builder.Property(a => a.NoticeVersion).HasMaxLength(16);
        builder.Property(a => a.Language).HasMaxLength(20);
        builder.HasIndex(a => a.SubmissionKey).IsUnique();
        builder.HasIndex(a => new { a.PostingId, a.SubmittedAt });
        builder.HasOne<JobPosting>().WithMany().HasForeignKey(a => a.PostingId).OnDelete(DeleteBehavior.Restrict);
    }
}

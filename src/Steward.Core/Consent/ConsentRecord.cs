using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Steward.Core.Consent;

/// <summary>One choice a person made about one purpose: given, refused or withdrawn, when, and how.
/// Append-only: the latest record per subject and purpose is the live state, the rest is history (P6.5).</summary>
public sealed class ConsentRecord
{
    public long Id { get; set; }
    public Guid SubjectId { get; set; }
    public required string Purpose { get; set; }
    public ConsentStatus Status { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public ConsentChannel Channel { get; set; }
    /// <summary>The notice version shown when the choice was made, where there was one.</summary>
    public string? NoticeVersion { get; set; }
    public string? Language { get; set; }
}

public enum ConsentStatus { Given, Refused, Withdrawn }

public enum ConsentChannel { Form, Banner, Email, Staff, GlobalPrivacyControl, Api, Guardian }

internal sealed class ConsentRecordConfiguration : IEntityTypeConfiguration<ConsentRecord>
{
    public void Configure(EntityTypeBuilder<ConsentRecord> builder)
    {
        builder.ToTable("consent_records");
        builder.Property(c => c.Purpose).HasMaxLength(200);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Channel).HasConversion<string>().HasMaxLength(30);
        builder.Property(c => c.NoticeVersion).HasMaxLength(16);
        builder.Property(c => c.Language).HasMaxLength(20);
        builder.HasIndex(c => new { c.SubjectId, c.Purpose, c.Id });
    }
}

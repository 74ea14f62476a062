using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Steward.Core.Consent;

/// <summary>One choice about one purpose: given, refused or withdrawn, when, how, and against which
/// notice text (its version, language and SHA-256), at which collection point of which site. Shaped
/// after the Kantara consent receipt and ISO/IEC TS 27560. Append-only: the latest record per subject
/// (or banner visitor) and purpose is the live state, the rest is history (P6.5).</summary>
public sealed class ConsentRecord
{
    public long Id { get; set; }
    /// <summary>The vault subject; <see cref="Guid.Empty"/> for a cookie-banner choice, which names only a random visitor id.</summary>
    public Guid SubjectId { get; set; }
    /// <summary>The random id the cookie banner keeps in the visitor's browser; not personal data on its own.</summary>
    public Guid? VisitorId { get; set; }
    public required string Purpose { get; set; }
    public ConsentStatus Status { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public ConsentChannel Channel { get; set; }
    /// <summary>The notice version shown when the choice was made, where there was one.</summary>
    public string? NoticeVersion { get; set; }
    public string? Language { get; set; }
    /// <summary>SHA-256 (hex) of the notice text in <see cref="Language"/> of <see cref="NoticeVersion"/>.</summary>
    public string? NoticeSha256 { get; set; }
    public string? Site { get; set; }
    /// <summary>The catalogue collection point (form), or "cookie_banner".</summary>
    public string? CollectionPoint { get; set; }
    /// <summary>Why a choice was made without a click, e.g. "global_privacy_control".</summary>
    public string? Reason { get; set; }
}

public enum ConsentStatus { Given, Refused, Withdrawn }

public enum ConsentChannel { Form, Banner, Email, Staff, GlobalPrivacyControl, Api, Guardian }

/// <summary>Where and against what a choice was made; every part optional.</summary>
public sealed record ConsentEvidence(
    string? Site = null, string? CollectionPoint = null, string? NoticeVersion = null, string? Language = null,
    string? NoticeSha256 = null, string? Reason = null);

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
        builder.Property(c => c.NoticeSha256).HasMaxLength(64);
        builder.Property(c => c.Site).HasMaxLength(100);
        builder.Property(c => c.CollectionPoint).HasMaxLength(100);
        builder.Property(c => c.Reason).HasMaxLength(50);
        builder.HasIndex(c => new { c.SubjectId, c.Purpose, c.Id });
        builder.HasIndex(c => new { c.VisitorId, c.Id });
    }
}

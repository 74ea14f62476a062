using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Steward.Core.Collection;

/// <summary>One accepted submission of a collection point, keyed by the random key hidden in the form,
/// so that posting the same form twice stores one record. Holds ids only, no personal data.</summary>
public sealed class CollectionSubmission
{
    public required string IdempotencyKey { get; set; }
    public required string PointId { get; set; }
    /// <summary>Empty while the first post is still being stored.</summary>
    public Guid SubjectId { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }
}

internal sealed class CollectionSubmissionConfiguration : IEntityTypeConfiguration<CollectionSubmission>
{
    public void Configure(EntityTypeBuilder<CollectionSubmission> builder)
    {
        builder.ToTable("collection_submissions");
        builder.HasKey(s => s.IdempotencyKey);
        builder.Property(s => s.IdempotencyKey).HasMaxLength(100);
        builder.Property(s => s.PointId).HasMaxLength(100);
        builder.HasIndex(s => s.SubjectId);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Steward.Core.Vault;

/// <summary>A person whose data the vault holds, known only by a random, stable, pseudonymous id.
/// After erasure the row stays as a tombstone (kind, times), so that the audit log's entries about
/// the id still name something, and a read says "erased" rather than "unknown".</summary>
public sealed class DataSubject
{
    public Guid Id { get; set; }
    /// <summary>The catalogue's subject kind: visitor, account_holder, job_applicant, ...</summary>
    public required string Kind { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ErasedAt { get; set; }
}

internal sealed class DataSubjectConfiguration : IEntityTypeConfiguration<DataSubject>
{
    public void Configure(EntityTypeBuilder<DataSubject> builder)
    {
        builder.ToTable("vault_subjects");
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Kind).HasMaxLength(100);
    }
}

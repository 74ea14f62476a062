using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Steward.Core.Requests;

/// <summary>A public request waiting for its one-time code. Made whether or not the address matched
/// anyone (then <see cref="SubjectId"/> is null and no code exists that could pass), so the answer
/// never tells who has data. Stores only hashes.</summary>
public sealed class RequestVerification
{
    public long Id { get; set; }
    /// <summary>SHA-256 of the random token in the verification page's address.</summary>
    public required byte[] TokenHash { get; set; }
    /// <summary>SHA-256 of token and code; random for an address that matched no one.</summary>
    public required byte[] CodeHash { get; set; }
    public Guid? SubjectId { get; set; }
    public RequestKind Kind { get; set; }
    public string? Purpose { get; set; }
    public required string Region { get; set; }
    public required string Language { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset? UsedAt { get; set; }
}

/// <summary>An expiring link to a case's access package: only the hash of its token is stored.</summary>
public sealed class PackageLink
{
    public long Id { get; set; }
    public Guid CaseId { get; set; }
    public required byte[] TokenHash { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public int Downloads { get; set; }
    /// <summary>A migration's link for the receiving service: works once, and serves the snapshot whose SHA-256 the event carries.</summary>
    public bool OneUse { get; set; }
}

internal sealed class RequestVerificationConfiguration : IEntityTypeConfiguration<RequestVerification>, IEntityTypeConfiguration<PackageLink>
{
    public void Configure(EntityTypeBuilder<RequestVerification> builder)
    {
        builder.ToTable("rights_request_verifications");
        builder.Property(v => v.TokenHash).HasMaxLength(32);
        builder.Property(v => v.CodeHash).HasMaxLength(32);
        builder.HasIndex(v => v.TokenHash).IsUnique();
        builder.Property(v => v.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(v => v.Purpose).HasMaxLength(200);
        builder.Property(v => v.Region).HasMaxLength(100);
        builder.Property(v => v.Language).HasMaxLength(10);
    }

    public void Configure(EntityTypeBuilder<PackageLink> builder)
    {
        builder.ToTable("rights_package_links");
        builder.Property(l => l.TokenHash).HasMaxLength(32);
        builder.HasIndex(l => l.TokenHash).IsUnique();
        builder.HasIndex(l => new { l.CaseId, l.OneUse }).IsUnique(); // one link for the person, one for a migration's receiving service
        builder.HasOne<RightsCase>().WithMany().HasForeignKey(l => l.CaseId).OnDelete(DeleteBehavior.Cascade);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Steward.Core.Catalogue.Model;

namespace Steward.Core.Sharing;

/// <summary>A recipient the privacy team registers in the Console, beside the catalogue's own: an
/// organisation (never a person), its country, what it may receive, and its agreements.</summary>
public sealed class RegisteredRecipient
{
    public required string Id { get; set; }
    public RecipientKind Kind { get; set; }
    public required string NameEn { get; set; }
    public required string NameZh { get; set; }
    /// <summary>ISO 3166-1 alpha-2.</summary>
    public required string Country { get; set; }
    public List<string> Purposes { get; set; } = [];
    public List<string> Categories { get; set; } = [];
    public List<string> Grounds { get; set; } = [];
    public List<RegisteredAgreement> Agreements { get; set; } = [];
    public DateTimeOffset RegisteredAt { get; set; }

    /// <summary>The recipient in the catalogue's own shape, so one set of rules reads both.</summary>
    public Recipient ToRecipient() => new()
    {
        Id = Id,
        Name = new LocalizedText { ["en"] = NameEn, ["zh-CN"] = NameZh },
        Kind = Kind,
        Country = Country,
        Purposes = [.. Purposes],
        Categories = [.. Categories],
        Grounds = [.. Grounds],
        Agreements = [.. Agreements.Select(a => new Agreement { Kind = a.Kind, Reference = a.Reference, SignedOn = a.SignedOn, ExpiresOn = a.ExpiresOn })],
    };
}

/// <summary>A contract, NDA, data-processing clauses, standard contractual clauses, ... on file.</summary>
public sealed class RegisteredAgreement
{
    public long Id { get; set; }
    public required string RecipientId { get; set; }
    public AgreementKind Kind { get; set; }
    public string? Reference { get; set; }
    public DateOnly SignedOn { get; set; }
    public DateOnly? ExpiresOn { get; set; }
}

internal sealed class RegisteredRecipientConfiguration : IEntityTypeConfiguration<RegisteredRecipient>, IEntityTypeConfiguration<RegisteredAgreement>
{
    public void Configure(EntityTypeBuilder<RegisteredRecipient> builder)
    {
        builder.ToTable("sharing_recipients");
        builder.Property(r => r.Id).HasMaxLength(100);
        builder.Property(r => r.NameEn).HasMaxLength(200);
        builder.Property(r => r.NameZh).HasMaxLength(200);
        builder.Property(r => r.Country).HasMaxLength(2);
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(30);
        builder.HasMany(r => r.Agreements).WithOne().HasForeignKey(a => a.RecipientId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<RegisteredAgreement> builder)
    {
        builder.ToTable("sharing_agreements");
        builder.Property(a => a.RecipientId).HasMaxLength(100);
        builder.Property(a => a.Reference).HasMaxLength(300);
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(40);
    }
}

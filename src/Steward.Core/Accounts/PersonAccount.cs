using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Steward.Core.Accounts;

/// <summary>A site account's credentials: the subject id and a password hash, nothing personal (the
/// name, email, telephone, company and log-in id are in the vault; sign-in finds the subject by the
/// vault's email blind index).</summary>
public sealed class PersonAccount
{
    public Guid SubjectId { get; set; }
    public required string PasswordHash { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>SHA-256 of the emailed confirmation link's token, until confirmed.</summary>
    public byte[]? ConfirmTokenHash { get; set; }
    public DateTimeOffset? EmailConfirmedAt { get; set; }
}

internal sealed class PersonAccountConfiguration : IEntityTypeConfiguration<PersonAccount>
{
    public void Configure(EntityTypeBuilder<PersonAccount> builder)
    {
        builder.ToTable("person_accounts");
        builder.HasKey(a => a.SubjectId);
        builder.Property(a => a.SubjectId).ValueGeneratedNever();
        builder.Property(a => a.PasswordHash).HasMaxLength(200);
        builder.Property(a => a.ConfirmTokenHash).HasMaxLength(32);
        builder.HasIndex(a => a.ConfirmTokenHash).IsUnique();
    }
}

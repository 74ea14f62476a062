using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Steward.Core.Sharing;

/// <summary>The secret key behind one recipient's pseudonyms. It never leaves Steward, so the
/// recipient cannot turn a pseudonym back into a subject id; each recipient gets its own, so two
/// recipients cannot join their exports.</summary>
internal sealed class PseudonymKey
{
    public required string Recipient { get; set; }
    public required byte[] Key { get; set; }
}

internal sealed class PseudonymKeyConfiguration : IEntityTypeConfiguration<PseudonymKey>
{
    public void Configure(EntityTypeBuilder<PseudonymKey> builder)
    {
        builder.ToTable("sharing_pseudonym_keys");
        builder.HasKey(k => k.Recipient);
        builder.Property(k => k.Recipient).HasMaxLength(100);
    }
}

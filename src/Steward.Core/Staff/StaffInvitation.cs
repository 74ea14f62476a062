using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Steward.Core.Staff;

/// <summary>A one-time link that lets one person set up a staff account with the roles named here:
/// the first administrator's set-up link, or an administrator's invitation. Only the SHA-256 of the
/// link's random token is stored, so the database alone cannot be used to sign up.</summary>
public sealed class StaffInvitation
{
    public Guid Id { get; set; }
    public required byte[] TokenHash { get; set; }
    /// <summary>The invitee's email; empty for the first administrator, who chooses theirs.</summary>
    public string? Email { get; set; }
    public List<string> Roles { get; set; } = [];
    /// <summary>Whether this is the set-up link printed when no administrator exists.</summary>
    public bool FirstAdministrator { get; set; }
    /// <summary>Who made it: an actor as the audit log names it (staff:ID or system:steward:...).</summary>
    public required string CreatedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? UsedAt { get; set; }
    /// <summary>The account set up with it.</summary>
    public string? UserId { get; set; }
}

internal sealed class StaffInvitationConfiguration : IEntityTypeConfiguration<StaffInvitation>
{
    public void Configure(EntityTypeBuilder<StaffInvitation> builder)
    {
        builder.ToTable("staff_invitations");
        builder.Property(i => i.TokenHash).HasMaxLength(32);
        builder.HasIndex(i => i.TokenHash).IsUnique();
        builder.Property(i => i.Email).HasMaxLength(256);
        builder.Property(i => i.CreatedBy).HasMaxLength(100);
        builder.Property(i => i.UserId).HasMaxLength(36);
    }
}

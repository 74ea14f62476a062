using Microsoft.EntityFrameworkCore;
using Steward.Core.Storage;

namespace Steward.Core.Staff;

/// <summary>Issues and redeems one-time set-up links. A link works once, until it expires.</summary>
public sealed class StaffInvitations(StewardDb db, TimeProvider time)
{
    public async Task<IssuedInvitation> IssueAsync(
        string? email, IReadOnlyCollection<string> roles, bool firstAdministrator, string createdBy, TimeSpan lifetime,
        CancellationToken cancellationToken = default)
    {
        var token = SecretToken.New();
        var now = time.GetUtcNow();
        var invitation = new StaffInvitation
        {
            Id = Guid.NewGuid(),
            TokenHash = SecretToken.Hash(token),
            Email = email,
            Roles = [.. roles],
            FirstAdministrator = firstAdministrator,
            CreatedBy = createdBy,
            CreatedAt = now,
            ExpiresAt = now + lifetime,
        };
        db.Add(invitation);
        await db.SaveChangesAsync(cancellationToken);
        return new IssuedInvitation(invitation, token);
    }

    /// <summary>Finds the invitation a token opens and says whether it can still be used.</summary>
    public async Task<InvitationLookup> FindAsync(string token, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 100) return new InvitationLookup(null, InvitationState.Unknown);
        // The token is 256 random bits, so looking its hash up by index leaks nothing worth timing.
        var hash = SecretToken.Hash(token);
        var invitation = await db.Set<StaffInvitation>().AsNoTracking().FirstOrDefaultAsync(i => i.TokenHash == hash, cancellationToken);
        var state = invitation switch
        {
            null => InvitationState.Unknown,
            { UsedAt: not null } => InvitationState.Used,
            _ when invitation.ExpiresAt <= time.GetUtcNow() => InvitationState.Expired,
            _ => InvitationState.Valid,
        };
        return new InvitationLookup(invitation, state);
    }

    /// <summary>Marks the invitation used, atomically: of two people using one link at the same
    /// moment only one gets true. Call inside the transaction that creates the account.</summary>
    public async Task<bool> ClaimAsync(Guid id, string userId, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var claimed = await db.Set<StaffInvitation>()
            .Where(i => i.Id == id && i.UsedAt == null && i.ExpiresAt > now)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.UsedAt, now).SetProperty(i => i.UserId, userId), cancellationToken);
        return claimed == 1;
    }

    /// <summary>Withdraws every first-administrator link not yet used, so only the newest works.</summary>
    public Task<int> WithdrawSetupLinksAsync(CancellationToken cancellationToken = default) =>
        db.Set<StaffInvitation>().Where(i => i.FirstAdministrator && i.UsedAt == null).ExecuteDeleteAsync(cancellationToken);

    /// <summary>Invitations not yet used nor expired, newest first.</summary>
    public async Task<List<StaffInvitation>> PendingAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var pending = await db.Set<StaffInvitation>().AsNoTracking()
            .Where(i => i.UsedAt == null && i.ExpiresAt > now && !i.FirstAdministrator)
            .ToListAsync(cancellationToken);
        return [.. pending.OrderByDescending(i => i.CreatedAt)];
    }
}

public sealed record IssuedInvitation(StaffInvitation Invitation, string Token);

public sealed record InvitationLookup(StaffInvitation? Invitation, InvitationState State);

public enum InvitationState { Valid, Unknown, Used, Expired }

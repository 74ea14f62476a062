using System.Security.Claims;
using Steward.Core.Audit;
using Steward.Core.Gate;

namespace Steward.Staff;

/// <summary>Writes what staff do to the audit log: actor and ids only, never an email or a name.</summary>
public sealed class StaffAudit(IAuditTrail trail)
{
    public async Task RecordAsync(ActorRef actor, string action, string? reason = null, string? decision = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await trail.AppendAsync(new AuditRecord(actor.ToString(), action, null, null, decision, reason), cancellationToken);
    }

    /// <summary>The signed-in member as the audit log names them.</summary>
    public static ActorRef Actor(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("No member is signed in.");
        return ActorRef.Staff(id, [.. user.Roles()]);
    }
}

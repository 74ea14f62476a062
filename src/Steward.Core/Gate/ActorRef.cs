namespace Steward.Core.Gate;

/// <summary>Who acts: a staff member (with roles), another system (an API key), the subject
/// themselves, or Steward itself (scheduled work).</summary>
public sealed record ActorRef(ActorKind Kind, string Id, IReadOnlyList<string> Roles)
{
    /// <summary>For another system: the purposes its API key may ask about.</summary>
    public IReadOnlyList<string>? Purposes { get; init; }

    public static ActorRef Steward(string job) => new(ActorKind.System, "steward:" + job, []);
    public static ActorRef Staff(string userId, params string[] roles) => new(ActorKind.Staff, userId, roles);
    public static ActorRef ApiClient(string keyId, IReadOnlyList<string>? purposes = null) =>
        new(ActorKind.ApiClient, keyId, []) { Purposes = purposes ?? [] };
    public static ActorRef Subject(Guid subjectId) => new(ActorKind.Subject, subjectId.ToString("n"), []);

    // Every audited decision names its actor: one concatenation, not an enum name lowered each time.
    private static readonly string[] KindNames = [.. Enum.GetNames<ActorKind>().Select(n => n.ToLowerInvariant() + ":")];

    /// <summary>How the audit log names the actor: never a name or an email, only ids.</summary>
    public override string ToString() => string.Concat(KindNames[(int)Kind], Id);
}

public enum ActorKind { System, Staff, ApiClient, Subject }

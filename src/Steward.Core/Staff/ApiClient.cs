using Steward.Core.Gate;

namespace Steward.Core.Staff;

/// <summary>The system behind a valid API key: what the decision API knows about its caller.</summary>
public sealed record ApiClient(string KeyId, string System, IReadOnlyList<string> Purposes)
{
    /// <summary>How the gate and the audit log name this caller.</summary>
    public ActorRef Actor { get; } = ActorRef.ApiClient(KeyId, Purposes);

    /// <summary>Whether the key lets its system ask about <paramref name="purpose"/> (a parent includes its children).</summary>
    public bool MayAskAbout(string purpose)
    {
        for (var i = 0; i < Purposes.Count; i++)
        {
            if (StaffPermissions.Includes(Purposes[i], purpose)) return true;
        }
        return false;
    }
}

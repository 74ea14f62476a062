namespace Steward.Core.Gate;

/// <summary>Proof that the gate allowed one use of one subject's data: these categories, for this
/// purpose, by this actor. Only the gate can make one (the constructor is internal to Steward.Core),
/// and the vault reads personal data only against one, so feature code cannot read personal data
/// without a passing decision.</summary>
public sealed class AccessGrant
{
    internal AccessGrant(Guid subjectId, IReadOnlyCollection<string> categories, string purpose, ActorRef actor, long auditIndex)
    {
        SubjectId = subjectId;
        Categories = categories;
        Purpose = purpose;
        Actor = actor;
        AuditIndex = auditIndex;
    }

    public Guid SubjectId { get; }
    /// <summary>Category ids the grant covers; a parent covers its children.</summary>
    public IReadOnlyCollection<string> Categories { get; }
    public string Purpose { get; }
    public ActorRef Actor { get; }
    /// <summary>The audit entry that records the decision behind this grant.</summary>
    public long AuditIndex { get; }

    /// <summary>Whether the grant covers <paramref name="category"/> (itself or through a parent).</summary>
    public bool Covers(string category) =>
        Categories.Any(c => category == c || category.StartsWith(c + ".", StringComparison.Ordinal));
}

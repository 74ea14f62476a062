using Steward.Core.Catalogue;
using Steward.Core.Catalogue.Model;

namespace Steward.Core.Gate;

/// <summary>The catalogue turned into indexes and bit sets once, so a decision is a few look-ups:
/// purposes and categories by index, each purpose's categories with their children, each role's
/// purposes with their children, each recipient's purposes and categories.</summary>
public sealed class CompiledPolicy
{
    private readonly Dictionary<string, int> _purposes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _categories = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _kinds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, BitSet> _rolePurposes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CompiledRecipient> _recipients = new(StringComparer.Ordinal);

    public CompiledPolicy(PolicyCatalogue catalogue)
    {
        Catalogue = catalogue;
        for (var i = 0; i < catalogue.Purposes.Count; i++) _purposes[catalogue.Purposes[i].Id] = i;
        for (var i = 0; i < catalogue.Categories.Count; i++) _categories[catalogue.Categories[i].Id] = i;
        for (var i = 0; i < catalogue.SubjectKinds.Count; i++) _kinds[catalogue.SubjectKinds[i].Id] = i;
        PurposeCount = catalogue.Purposes.Count;

        var juvenileKinds = catalogue.SubjectKinds.Where(k => k.Juvenile).Select(k => k.Id).ToHashSet();
        Purposes = [.. catalogue.Purposes.Select(p => new CompiledPurpose(
            p.Id,
            p.LegalBasis ?? LegalBasis.Consent,
            Expand(p.Categories, catalogue.Categories.Select(c => c.Id), _categories),
            p.SubjectKinds.Count == 0 ? null : Expand(p.SubjectKinds, [], _kinds),
            p.SubjectKinds.Any(juvenileKinds.Contains)))];
        foreach (var role in catalogue.Roles)
            _rolePurposes[role.Id] = Expand(role.Purposes, catalogue.Purposes.Select(p => p.Id), _purposes);
        foreach (var r in catalogue.Recipients)
        {
            _recipients[r.Id] = new CompiledRecipient(
                r,
                Expand(r.Purposes, catalogue.Purposes.Select(p => p.Id), _purposes),
                Expand(r.Categories, catalogue.Categories.Select(c => c.Id), _categories));
        }
        JuvenileKinds = Expand(catalogue.SubjectKinds.Where(k => k.Juvenile).Select(k => k.Id), [], _kinds);
    }

    public PolicyCatalogue Catalogue { get; }
    public int PurposeCount { get; }
    public IReadOnlyList<CompiledPurpose> Purposes { get; }
    public BitSet JuvenileKinds { get; }

    public static CompiledPolicy From(LoadedCatalogue catalogue) => new(catalogue.Policy);

    public int PurposeIndex(string id) => _purposes.TryGetValue(id, out var i) ? i : -1;
    public int CategoryIndex(string id) => _categories.TryGetValue(id, out var i) ? i : -1;
    public int SubjectKindIndex(string id) => _kinds.TryGetValue(id, out var i) ? i : -1;

    /// <summary>Whether <paramref name="role"/> acts for the purpose at <paramref name="purposeIndex"/>.</summary>
    public bool RoleActsFor(string role, int purposeIndex) =>
        _rolePurposes.TryGetValue(role, out var purposes) && purposes.Contains(purposeIndex);

    public CompiledRecipient? Recipient(string id) => _recipients.GetValueOrDefault(id);

    /// <summary>The indexes of <paramref name="ids"/> and of every id below them in the hierarchy.</summary>
    private static BitSet Expand(IEnumerable<string> ids, IEnumerable<string> all, Dictionary<string, int> index)
    {
        var set = new BitSet(index.Count);
        var allIds = all.ToList();
        foreach (var id in ids)
        {
            if (index.TryGetValue(id, out var i)) set.Set(i);
            foreach (var child in allIds.Where(c => c.StartsWith(id + ".", StringComparison.Ordinal))) set.Set(index[child]);
        }
        return set;
    }
}

/// <param name="ConcernsJuveniles">The purpose names a juvenile kind of subject, so it also concerns
/// a subject of another kind (an account holder, say) who is a juvenile.</param>
public sealed record CompiledPurpose(string Id, LegalBasis Basis, BitSet Categories, BitSet? SubjectKinds, bool ConcernsJuveniles);

public sealed record CompiledRecipient(Recipient Recipient, BitSet Purposes, BitSet Categories);

using System.Collections.Frozen;
using Steward.Core.Catalogue;
using Steward.Core.Catalogue.Model;
using Steward.Core.Gate;

namespace Steward.Core.Staff;

/// <summary>What staff may do, as the catalogue's roles say: the purposes a role may act for (a
/// parent purpose includes its children), whether it administers Steward, and whether it needs
/// two-factor sign-in. Built once from the catalogue. Which role acts for which purpose is answered
/// by <see cref="CompiledPolicy"/>, the gate's own tables, so the Console and the gate cannot disagree.</summary>
public sealed class StaffPermissions
{
    private readonly CompiledPolicy _policy;
    private readonly FrozenDictionary<string, StaffRole> _roles;
    private readonly IReadOnlyList<Purpose> _purposes;
    private readonly IReadOnlyList<StaffRole> _roleList;

    public StaffPermissions(LoadedCatalogue catalogue) : this(catalogue.Policy) { }

    public StaffPermissions(PolicyCatalogue policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        _purposes = policy.Purposes;
        _roleList = policy.Roles;
        _roles = policy.Roles.ToFrozenDictionary(r => r.Id, StringComparer.Ordinal);
        _policy = new CompiledPolicy(policy);
    }

    /// <summary>The catalogue's roles, in catalogue order.</summary>
    public IReadOnlyList<StaffRole> Roles => _roleList;

    public StaffRole? Role(string id) => _roles.GetValueOrDefault(id);

    /// <summary>Whether a member with <paramref name="roles"/> may act for <paramref name="purpose"/>:
    /// some role grants the purpose itself or one of its parents. Unknown roles and purposes grant nothing.</summary>
    public bool MayActFor(IEnumerable<string> roles, string purpose)
    {
        ArgumentNullException.ThrowIfNull(roles);
        var index = _policy.PurposeIndex(purpose);
        if (index < 0) return false;
        if (roles is IReadOnlyList<string> list)
        {
            for (var i = 0; i < list.Count; i++)
            {
                if (_policy.RoleActsFor(list[i], index)) return true;
            }
            return false;
        }
        foreach (var role in roles)
        {
            if (_policy.RoleActsFor(role, index)) return true;
        }
        return false;
    }

    /// <summary>Whether this staff actor may act for <paramref name="purpose"/>; other actors never do here.</summary>
    public bool MayActFor(ActorRef actor, string purpose) =>
        actor?.Kind == ActorKind.Staff && MayActFor(actor.Roles, purpose);

    /// <summary>Every catalogue purpose the roles may act for, in catalogue order.</summary>
    public IReadOnlyList<Purpose> PurposesFor(IEnumerable<string> roles)
    {
        var held = roles.ToList();
        return [.. _purposes.Where(p => MayActFor(held, p.Id))];
    }

    /// <summary>Whether one of the roles manages Steward itself (staff, roles, API keys).</summary>
    public bool Administers(IEnumerable<string> roles) => roles.Any(r => _roles.TryGetValue(r, out var role) && role.Administers);

    /// <summary>Whether one of the roles requires two-factor sign-in.</summary>
    public bool RequiresTwoFactor(IEnumerable<string> roles) => roles.Any(r => _roles.TryGetValue(r, out var role) && role.RequiresTwoFactor);

    /// <summary>The first role in the catalogue that administers Steward: the one the first administrator gets.</summary>
    public StaffRole? AdministratorRole => _roleList.FirstOrDefault(r => r.Administers);

    /// <summary>Whether granting <paramref name="granted"/> covers <paramref name="purpose"/>: the same id, or a parent of it.</summary>
    public static bool Includes(string granted, string purpose) =>
        purpose.Length >= granted.Length
        && purpose.StartsWith(granted, StringComparison.Ordinal)
        && (purpose.Length == granted.Length || purpose[granted.Length] == '.');
}

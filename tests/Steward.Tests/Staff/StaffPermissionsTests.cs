using Steward.Core.Catalogue;
using Steward.Core.Gate;
using Steward.Core.Staff;

namespace Steward.Tests.Staff;

/// <summary>Each role of the default catalogue acts for exactly the purposes the catalogue grants it,
/// a granted parent purpose including its children: one row per role and purpose.</summary>
public sealed class StaffPermissionsTests
{
    private static readonly LoadedCatalogue Catalogue = LoadedCatalogue.Load(null);
    private static readonly StaffPermissions Permissions = new(Catalogue);

    /// <summary>Read off catalogue/default.yaml by hand: every purpose each role may act for.</summary>
    private static readonly Dictionary<string, string[]> Expected = new()
    {
        ["administrator"] = [],
        ["privacy_officer"] = ["legal", "legal.rights_requests", "legal.consent_records", "legal.claims", "guardian_consent", "analysis.audit"],
        ["recruiter"] = ["recruitment", "recruitment.talent_pool"],
        ["marketing"] = ["marketing", "marketing.contact", "marketing.third_party", "marketing.interest_news", "marketing.advertising_measurement", "marketing.email_tracking", "surveys"],
        ["support"] = ["customer_service", "account", "account.uniqueness", "account.cross_service", "account.migration"],
        ["security"] = ["security", "archive"],
        ["auditor"] = ["analysis.audit"],
        ["analyst"] = ["analysis.research", "site.analytics", "marketing.advertising_measurement"],
    };

    public static TheoryData<string, string, bool> EveryRoleAndPurpose()
    {
        var rows = new TheoryData<string, string, bool>();
        foreach (var role in Catalogue.Policy.Roles)
        {
            foreach (var purpose in Catalogue.Policy.Purposes)
            {
                rows.Add(role.Id, purpose.Id, Expected.TryGetValue(role.Id, out var granted) && granted.Contains(purpose.Id));
            }
        }
        return rows;
    }

    [Theory]
    [MemberData(nameof(EveryRoleAndPurpose))]
    public void A_role_acts_for_a_purpose_exactly_when_the_catalogue_grants_it(string role, string purpose, bool expected)
    {
        Assert.True(Expected.ContainsKey(role), $"the table above has no row for the catalogue's role '{role}'");
        Assert.Equal(expected, Permissions.MayActFor([role], purpose));
        Assert.Equal(expected, Permissions.MayActFor(ActorRef.Staff("someone", role), purpose));
    }

    [Fact]
    public void The_table_covers_every_role_and_names_only_catalogue_purposes()
    {
        Assert.Equal(Catalogue.Policy.Roles.Select(r => r.Id).Order(), Expected.Keys.Order());
        var purposes = Catalogue.Policy.Purposes.Select(p => p.Id).ToHashSet();
        Assert.All(Expected.Values.SelectMany(p => p), p => Assert.Contains(p, purposes));
    }

    [Fact]
    public void Roles_combine_unknown_roles_and_purposes_grant_nothing_and_other_actors_never_act_as_staff()
    {
        Assert.True(Permissions.MayActFor(["recruiter", "security"], "archive"));
        Assert.False(Permissions.MayActFor(["no_such_role"], "recruitment"));
        Assert.False(Permissions.MayActFor(["recruiter"], "recruitment.no_such_child"));
        Assert.False(Permissions.MayActFor(["auditor"], "analysis")); // a child grant does not include its parent
        Assert.False(Permissions.MayActFor(ActorRef.ApiClient("k"), "recruitment"));
        Assert.True(Permissions.Administers(["administrator"]));
        Assert.False(Permissions.Administers(["privacy_officer"]));
        Assert.True(Permissions.RequiresTwoFactor(["marketing", "privacy_officer"]));
        Assert.False(Permissions.RequiresTwoFactor(["marketing", "support", "analyst"]));
    }
}

using System.Text.RegularExpressions;
using Steward.Core.Catalogue.Loading;
using Steward.Core.Catalogue.Model;
using Steward.Tests.Infrastructure;

namespace Steward.Tests.Catalogue;

/// <summary>The default policy Steward ships: complete against the seed policy's promises.</summary>
public sealed partial class DefaultCatalogueTests
{
    private static readonly PolicyCatalogue Policy = LoadDefault();

    [GeneratedRegex(@"^\| (P\d+\.\d+) \|", RegexOptions.Multiline)]
    private static partial Regex PromiseRow();

    /// <summary>The promise IDs of the policy, as docs/promises.md lists them (one row per ID).</summary>
    private static readonly IReadOnlyList<string> PromiseIds = PromiseRow()
        .Matches(File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "docs", "promises.md")))
        .Select(m => m.Groups[1].Value).ToList();

    [Fact]
    public void The_embedded_default_catalogue_is_valid_and_is_the_file_in_the_repository()
    {
        var embedded = CatalogueLoader.LoadDefault();
        Assert.Empty(embedded.Errors);
        var file = CatalogueLoader.LoadFile(TestPaths.DefaultCatalogue);
        Assert.Empty(file.Errors);
        Assert.Equal(file.Catalogue!.Purposes.Select(p => p.Id), embedded.Catalogue!.Purposes.Select(p => p.Id));
    }

    [Fact]
    public void Docs_promises_lists_every_promise_of_the_policy_once()
    {
        var expected = new[] { "P1.1", "P1.2", "P2.1", "P2.2", "P2.3", "P2.4", "P2.5", "P2.6", "P2.7", "P2.8", "P3.1", "P3.2", "P3.3", "P3.4",
            "P4.1", "P4.2", "P4.3", "P4.4", "P4.5", "P4.6", "P5.1", "P5.2", "P5.3", "P5.4", "P5.5", "P5.6",
            "P6.1", "P6.2", "P6.3", "P6.4", "P6.5", "P6.6", "P6.7", "P7.1", "P7.2", "P7.3", "P8.1", "P9.1", "P10.1", "P10.2", "P10.3", "P11.1" };
        Assert.Equal(expected, PromiseIds);
    }

    [GeneratedRegex(@"`([A-Za-z]+)\.([A-Za-z0-9_]+)`")]
    private static partial Regex TestName();

    [Fact]
    public void Every_test_docs_promises_names_as_proof_exists_and_kept_rows_name_one()
    {
        var rows = File.ReadAllLines(Path.Combine(TestPaths.RepositoryRoot, "docs", "promises.md")).Where(l => PromiseRow().IsMatch(l + "\n")).ToList();
        var methods = typeof(DefaultCatalogueTests).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods().Select(m => (Class: m.DeclaringType!.Name, Method: m.Name)))
            .ToHashSet();
        foreach (var row in rows)
        {
            var cells = row.Split('|');
            var proof = cells[3];
            var named = TestName().Matches(proof).Select(m => (m.Groups[1].Value, m.Groups[2].Value)).ToList();
            Assert.All(named, n => Assert.True(methods.Contains(n), $"{cells[1].Trim()}: no test {n.Item1}.{n.Item2}"));
            if (cells[4].Trim() == "kept") Assert.NotEmpty(named);
        }
    }

    [Fact]
    public void Every_promise_of_sections_2_3_4_and_9_is_served_by_some_entry()
    {
        var served = AllEntries().SelectMany(e => e.Promises).ToHashSet();
        var wanted = PromiseIds.Where(id => id.Split('.')[0] is "P2" or "P3" or "P4" or "P9");
        Assert.Equal([], wanted.Where(id => !served.Contains(id)).ToList());
    }

    [Fact]
    public void Every_promise_id_in_the_catalogue_is_a_promise_of_the_policy()
    {
        var unknown = AllEntries().SelectMany(e => e.Promises).Concat(Policy.Organisation.Promises).Distinct().Except(PromiseIds);
        Assert.Empty(unknown);
    }

    [Fact]
    public void Each_form_collects_every_category_the_policy_names()
    {
        Assert.Equal(["account.company", "account.login_id", "contact.email", "contact.telephone", "identity.name"],
            FormCategories("account_registration").Intersect(["identity.name", "contact.telephone", "contact.email", "account.company", "account.login_id"]).Order());
        Assert.Superset(new HashSet<string>
        {
            "identity.name", "identity.gender", "identity.birth_date", "identity.nationality", "contact.address", "identity.marital_status",
            "contact.telephone", "contact.email", "identity.family_relations", "application.self_evaluation", "application.education",
            "application.experience.work", "application.experience.projects",
            "application.skills.languages", "application.skills.computer", "application.skills.professional",
        }, FormCategories("job_application").ToHashSet());
        Assert.Superset(new HashSet<string> { "identity.name", "contact.telephone", "contact.email", "interests.scopes" },
            FormCategories("interest_signup").ToHashSet());
        Assert.NotEmpty(Policy.InterestScopes);
    }

    [Fact]
    public void Every_purpose_the_policy_lists_is_declared_with_its_legal_basis()
    {
        // P2.4 in the policy's order, each with the basis P2.5 gives it.
        var expected = new Dictionary<string, LegalBasis>
        {
            ["account"] = LegalBasis.Contract,
            ["marketing.contact"] = LegalBasis.Consent,
            ["customer_service"] = LegalBasis.Contract,
            ["archive"] = LegalBasis.LegitimateInterests,
            ["marketing.third_party"] = LegalBasis.Consent,
            ["analysis.audit"] = LegalBasis.LegitimateInterests,
            ["analysis.research"] = LegalBasis.LegitimateInterests,
            ["marketing.advertising_measurement"] = LegalBasis.Consent,
            ["surveys"] = LegalBasis.Consent,
            ["security"] = LegalBasis.LegitimateInterests,
            ["legal"] = LegalBasis.LegalObligation,
        };
        foreach (var (id, basis) in expected)
        {
            var purpose = Assert.Single(Policy.Purposes, p => p.Id == id);
            Assert.Equal(basis, purpose.LegalBasis);
        }
        Assert.All(Policy.Purposes.Where(p => p.LegalBasis == LegalBasis.Consent), p => Assert.NotNull(p.ConsentWording));
    }

    [Fact]
    public void Every_ground_of_section_4_and_every_exception_of_P4_4_is_declared()
    {
        Assert.All(Enum.GetValues<FlowKind>(), flow => Assert.Contains(Policy.Grounds, g => g.Flows.Contains(flow) && g.RequiresConsent));
        var exceptions = Policy.Grounds.Where(g => g.Exception && g.Promises.Contains("P4.4")).ToList();
        Assert.Equal(6, exceptions.Count); // security and defence, public interest, criminal justice, life and property, made public, lawfully public
        Assert.All(exceptions, g => Assert.False(string.IsNullOrWhiteSpace(g.LegalReference)));
        Assert.Contains(Policy.Grounds, g => g.RecipientKinds.Contains(RecipientKind.Acquirer) && g.Flows.Contains(FlowKind.Transfer));
        Assert.Contains(Policy.Grounds, g => g.RecipientKinds.Contains(RecipientKind.Affiliate));
        Assert.Contains(Policy.Grounds, g => g.RecipientKinds.Contains(RecipientKind.ServiceProvider));
    }

    [Fact]
    public void Every_recipient_is_bound_by_an_agreement()
    {
        Assert.All(Policy.Recipients.Where(r => r.Kind != RecipientKind.Authority), r => Assert.NotEmpty(r.Agreements));
    }

    [Fact]
    public void Transfers_out_of_the_eu_and_china_name_their_safeguards()
    {
        var eu = Assert.Single(Policy.Regions, r => r.Id == "eu");
        Assert.Equal(16, eu.JuvenileAge);
        Assert.Superset(new HashSet<string> { "adequacy_decision", "standard_contractual_clauses", "explicit_consent", "anonymisation" }, eu.TransferMechanisms.ToHashSet());
        Assert.Contains("JP", eu.AdequateCountries);
        var cn = Assert.Single(Policy.Regions, r => r.Id == "cn");
        Assert.Equal(14, cn.JuvenileAge);
        Assert.Contains("china_standard_contract", cn.TransferMechanisms);
    }

    private static IEnumerable<string> FormCategories(string id)
    {
        static IEnumerable<string> Of(IEnumerable<FormField> fields) =>
            fields.SelectMany(f => f.Type == FieldType.Group ? Of(f.Fields) : f.Category is null ? [] : [f.Category]);
        return Of(Assert.Single(Policy.CollectionPoints, p => p.Id == id).Fields).Distinct();
    }

    private static IEnumerable<CatalogueEntry> AllEntries() =>
        new IEnumerable<CatalogueEntry>[]
        {
            Policy.Regions, Policy.TransferMechanisms, Policy.Sites, Policy.ThirdParties, Policy.SubjectKinds, Policy.Categories,
            Policy.Purposes, Policy.Roles, Policy.Grounds, Policy.Recipients, Policy.Retention, Policy.InterestScopes,
            Policy.CollectionPoints, Policy.CookieCategories, Policy.Cookies, Policy.TrackingTechnologies, Policy.Rights, Policy.Statements,
        }.SelectMany(e => e);

    private static PolicyCatalogue LoadDefault()
    {
        var result = CatalogueLoader.LoadDefault();
        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        return result.Catalogue!;
    }
}

using Steward.Core.Catalogue.Model;
using Steward.Core.Sharing;
using Steward.Tests.Gate;

namespace Steward.Tests.Sharing;

/// <summary>Cross-border transfers under the default catalogue's regions (P9.1), one row per case:
/// where the data comes from, where the recipient is, what it has on file, whether the person
/// consented, in what form the data leaves, and the mechanism relied on (or none: denied).</summary>
public sealed class TransferRulesTests
{
    private static readonly DateOnly Today = new(2026, 6, 1);

    public static TheoryData<string, string, AgreementKind[], bool, DataForm, string?> Cases() => new()
    {
        // Within the region: no transfer at all.
        { "eu", "DE", [AgreementKind.DataProcessingClauses], false, DataForm.Identified, "" },
        { "cn", "CN", [AgreementKind.DataProcessingClauses], false, DataForm.Identified, "" },
        // Out of the EU: adequacy, SCCs on file, explicit consent, anonymisation; nothing else.
        { "eu", "JP", [AgreementKind.DataProcessingClauses], false, DataForm.Identified, "adequacy_decision" },
        { "eu", "CN", [AgreementKind.StandardContractualClauses], false, DataForm.Identified, "standard_contractual_clauses" },
        { "eu", "CN", [AgreementKind.DataProcessingClauses, AgreementKind.NonDisclosure], true, DataForm.Identified, "explicit_consent" },
        { "eu", "CN", [AgreementKind.DataProcessingClauses], false, DataForm.Anonymised, "anonymisation" },
        { "eu", "CN", [AgreementKind.DataProcessingClauses, AgreementKind.NonDisclosure], false, DataForm.Identified, null },
        { "eu", "CN", [AgreementKind.ChinaStandardContract], false, DataForm.Pseudonymised, null },
        // Out of mainland China: the standard contract or separate consent (PIPL 38, 39), or anonymised.
        { "cn", "DE", [AgreementKind.ChinaStandardContract], false, DataForm.Identified, "china_standard_contract" },
        { "cn", "DE", [AgreementKind.DataProcessingClauses], true, DataForm.Identified, "separate_consent" },
        { "cn", "US", [AgreementKind.StandardContractualClauses], false, DataForm.Identified, null },
        { "cn", "JP", [AgreementKind.DataProcessingClauses], false, DataForm.Pseudonymised, null },
        { "cn", "JP", [], false, DataForm.Anonymised, "anonymisation" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_transfer_relies_on_a_mechanism_of_its_region_or_is_denied_naming_what_is_missing(
        string origin, string country, AgreementKind[] onFile, bool consent, DataForm form, string? mechanism)
    {
        var recipient = Recipient(country, onFile.Select(k => new Agreement { Kind = k, SignedOn = Today.AddYears(-1) }));

        var decision = TransferRules.Evaluate(GateFixture.Catalogue.Policy, origin, recipient, form, consent, Today);

        if (mechanism is null)
        {
            Assert.Equal(SharingCode.TransferMechanismMissing, decision.Code);
            var region = GateFixture.Catalogue.Policy.Regions.Single(r => r.Id == origin);
            foreach (var needed in region.TransferMechanisms) Assert.Contains(needed, decision.Reason, StringComparison.Ordinal);
        }
        else
        {
            Assert.True(decision.Allowed, decision.Reason);
            Assert.Equal(mechanism.Length == 0 ? null : mechanism, decision.Mechanism);
        }
    }

    [Fact]
    public void Standard_clauses_that_have_expired_no_longer_carry_a_transfer()
    {
        var recipient = Recipient("CN", [new Agreement { Kind = AgreementKind.StandardContractualClauses, SignedOn = Today.AddYears(-2), ExpiresOn = Today.AddDays(-1) }]);

        var decision = TransferRules.Evaluate(GateFixture.Catalogue.Policy, "eu", recipient, DataForm.Identified, false, Today);

        Assert.Equal(SharingCode.TransferMechanismMissing, decision.Code);
    }

    [Fact]
    public void The_default_recipients_in_china_receive_european_data_only_where_clauses_are_on_file()
    {
        var policy = GateFixture.Catalogue.Policy;
        Recipient Named(string id) => policy.Recipients.Single(r => r.Id == id);

        Assert.Equal("standard_contractual_clauses", TransferRules.Evaluate(policy, "eu", Named("hirain_group"), DataForm.Identified, false, Today).Mechanism);
        Assert.Equal(SharingCode.TransferMechanismMissing, TransferRules.Evaluate(policy, "eu", Named("hotline_provider"), DataForm.Identified, false, Today).Code);
        Assert.Equal("china_standard_contract", TransferRules.Evaluate(policy, "cn", Named("hirain_europe"), DataForm.Identified, false, Today).Mechanism);
        Assert.Equal(SharingCode.UnknownRegion, TransferRules.Evaluate(policy, "mars", Named("hirain_europe"), DataForm.Identified, false, Today).Code);
    }

    private static Recipient Recipient(string country, IEnumerable<Agreement> agreements) => new()
    {
        Id = "test_recipient", Kind = RecipientKind.ServiceProvider, Country = country, Agreements = [.. agreements],
    };
}

using Microsoft.EntityFrameworkCore;
using Steward.Core.Catalogue.Model;
using Steward.Core.Sharing;
using Steward.Tests.Vault;

namespace Steward.Tests.Sharing;

/// <summary>Every outbound flow passes the sharing gate naming recipient, ground and categories
/// (P4.1 to P4.4, P4.6); allowed flows leave a disclosure record keyed by subject id.</summary>
public sealed class SharingGateTests : IAsyncLifetime
{
    private SharingHarness _h = null!;

    public async Task InitializeAsync() => _h = await SharingHarness.CreateAsync();
    public async Task DisposeAsync() => await _h.DisposeAsync();

    [Fact]
    public async Task A_flow_to_a_service_provider_is_allowed_and_recorded_with_recipient_ground_and_categories()
    {
        var subject = _h.Fixture.NewSubject();

        var outcome = await _h.SendAsync(subject, "hotline_provider", "sharing_with_service_providers", "customer_service", ["contact.telephone"]);

        Assert.True(outcome.Decision.Allowed, outcome.Decision.Reason);
        Assert.NotNull(outcome.Grant);
        var record = await _h.Fixture.Db.Set<Disclosure>().SingleAsync(d => d.SubjectId == subject);
        Assert.Equal(("hotline_provider", "sharing_with_service_providers", "customer_service", FlowKind.Sharing, DataForm.Identified),
            (record.Recipient, record.Ground, record.Purpose, record.Flow, record.Form));
        Assert.Equal(["contact.telephone"], record.Categories);
        Assert.Equal(outcome.DisclosureId, record.Id);
        Assert.Contains(_h.Fixture.Audit.Records, r => r.Action == "sharing.sharing" && r.SubjectId == subject && r.Decision == "allowed");
    }

    [Fact]
    public async Task The_disclosure_record_holds_ids_and_names_of_kinds_only_never_personal_data()
    {
        var columns = await VaultDatabases.ColumnsAsync(_h.Fixture.Db, Steward.Hosting.DatabaseProvider.Sqlite, "sharing_disclosures");

        Assert.Equal(
            ["Id", "SubjectId", "Recipient", "Ground", "Flow", "Purpose", "Categories", "Form", "Origin", "Mechanism", "LegalReference", "Actor", "At", "AuditIndex"],
            columns);
    }

    [Fact]
    public async Task A_registered_recipient_receives_nothing_until_an_agreement_is_on_file_and_nothing_once_it_expires()
    {
        var subject = _h.Fixture.NewSubject();
        await _h.RegisterAsync("translation_agency", RecipientKind.ServiceProvider, "CN", ["customer_service"], ["correspondence.enquiry"], ["sharing_with_service_providers"]);
        Task<Core.Sharing.SharingOutcome> Send() => _h.SendAsync(subject, "translation_agency", "sharing_with_service_providers", "customer_service", ["correspondence.enquiry"]);

        var before = await Send();
        Assert.Equal(SharingCode.AgreementMissing, before.Decision.Code);
        Assert.Contains("no agreement in force", before.Decision.Reason, StringComparison.Ordinal);

        await _h.AgreeAsync("translation_agency", AgreementKind.DataProcessingClauses, _h.Today.AddDays(-10), _h.Today.AddDays(30));
        Assert.True((await Send()).Decision.Allowed);

        _h.Fixture.Clock.Advance(TimeSpan.FromDays(31));
        Assert.Equal(SharingCode.AgreementMissing, (await Send()).Decision.Code);
        Assert.Single(await _h.Fixture.Db.Set<Disclosure>().Where(d => d.SubjectId == subject).ToListAsync());
    }

    [Fact]
    public async Task A_consent_ground_needs_the_persons_consent_to_that_recipient_and_stops_when_it_is_withdrawn()
    {
        var subject = _h.Fixture.NewSubject();
        Task<Core.Sharing.SharingOutcome> Send() => _h.SendAsync(subject, "hirain_group", "sharing_with_consent", "customer_service", ["contact.email"]);

        Assert.Equal(SharingCode.ConsentMissing, (await Send()).Decision.Code);
        await _h.Consents.GiveAsync(SharingHarness.System, subject, "hirain_group", SharingConsentScope.Flow);
        Assert.True((await Send()).Decision.Allowed);
        await _h.Consents.WithdrawAsync(SharingHarness.System, subject, "hirain_group", SharingConsentScope.Flow);
        Assert.Equal(SharingCode.ConsentMissing, (await Send()).Decision.Code);
    }

    [Fact]
    public async Task A_ground_applies_only_to_its_own_kind_of_flow_and_recipient()
    {
        var subject = _h.Fixture.NewSubject();

        Assert.Equal(SharingCode.GroundNotForRecipient,
            (await _h.SendAsync(subject, "hotline_provider", "sharing_with_affiliates", "customer_service", ["contact.email"])).Decision.Code);
        Assert.Equal(SharingCode.GroundNotForFlow,
            (await _h.SendAsync(subject, "hotline_provider", "sharing_with_service_providers", "customer_service", ["contact.email"], FlowKind.Disclosure)).Decision.Code);
        Assert.Equal(SharingCode.RecipientNotPermitted,
            (await _h.SendAsync(subject, "email_delivery", "sharing_with_service_providers", "customer_service", ["contact.telephone"])).Decision.Code);
        Assert.Equal(SharingCode.UnknownGround,
            (await _h.SendAsync(subject, "hotline_provider", "because_we_can", "customer_service", ["contact.email"])).Decision.Code);
        Assert.Empty(await _h.Fixture.Db.Set<Disclosure>().ToListAsync());
    }

    [Fact]
    public async Task The_purpose_gate_still_applies_to_what_leaves()
    {
        var subject = _h.Fixture.NewSubject();
        await _h.Fixture.Controls.LimitAsync(SharingHarness.System, subject, "customer_service", Core.Gate.ProcessingLimitKind.Restriction);

        var outcome = await _h.SendAsync(subject, "hotline_provider", "sharing_with_service_providers", "customer_service", ["contact.email"]);

        Assert.Equal(SharingCode.GateDenied, outcome.Decision.Code);
        Assert.Null(outcome.Grant);
    }

    [Theory]
    [InlineData("national_security")]
    [InlineData("public_interest")]
    [InlineData("criminal_justice")]
    [InlineData("vital_interests")]
    public async Task A_disclosure_under_an_exception_needs_no_consent_and_records_its_legal_reference(string ground)
    {
        var subject = _h.Fixture.NewSubject();

        var outcome = await _h.SendAsync(subject, "authorities", ground, "legal", ["identity.name", "contact.telephone"], FlowKind.Disclosure);

        Assert.True(outcome.Decision.Allowed, outcome.Decision.Reason);
        var expected = GateFixture().Grounds.Single(g => g.Id == ground).LegalReference;
        Assert.False(string.IsNullOrEmpty(expected));
        var record = await _h.Fixture.Db.Set<Disclosure>().SingleAsync(d => d.SubjectId == subject);
        Assert.Equal((ground, expected), (record.Ground, record.LegalReference));
    }

    [Fact]
    public async Task A_disclosure_to_an_authority_as_the_law_requires_is_recorded()
    {
        var subject = _h.Fixture.NewSubject();

        var outcome = await _h.SendAsync(subject, "authorities", "disclosure_required_by_law", "legal", ["account.login_id"], FlowKind.Disclosure);

        Assert.True(outcome.Decision.Allowed, outcome.Decision.Reason);
        Assert.Equal("PIPL art. 13(3); GDPR art. 6(1)(c)", outcome.Decision.LegalReference);
    }

    [Fact]
    public async Task A_successor_receives_data_only_once_bound_by_the_policy_or_with_the_persons_new_consent()
    {
        var bound = _h.Fixture.NewSubject();
        var consenting = _h.Fixture.NewSubject();
        await _h.RegisterAsync("acme_acquisition", RecipientKind.Acquirer, "CN", ["account"], ["contact.email", "account"], ["corporate_transaction", "transfer_with_consent"]);
        await _h.AgreeAsync("acme_acquisition", AgreementKind.Contract, _h.Today.AddDays(-1));

        var unbound = await _h.SendAsync(bound, "acme_acquisition", "corporate_transaction", "account", ["contact.email"], FlowKind.Transfer);
        Assert.Equal(SharingCode.SuccessorNotBound, unbound.Decision.Code);

        await _h.Consents.GiveAsync(SharingHarness.System, consenting, "acme_acquisition", SharingConsentScope.Flow);
        Assert.True((await _h.SendAsync(consenting, "acme_acquisition", "transfer_with_consent", "account", ["contact.email"], FlowKind.Transfer)).Decision.Allowed);

        await _h.AgreeAsync("acme_acquisition", AgreementKind.SuccessorUndertaking, _h.Today);
        Assert.True((await _h.SendAsync(bound, "acme_acquisition", "corporate_transaction", "account", ["contact.email"], FlowKind.Transfer)).Decision.Allowed);
    }

    [Fact]
    public async Task A_flow_out_of_the_eu_without_a_mechanism_is_denied_naming_the_missing_mechanism_and_allowed_with_explicit_consent()
    {
        var subject = _h.Fixture.NewSubject();
        Task<Core.Sharing.SharingOutcome> Send() => _h.SendAsync(subject, "hotline_provider", "sharing_with_service_providers", "customer_service", ["contact.email"], origin: "eu");

        var denied = await Send();
        Assert.Equal(SharingCode.TransferMechanismMissing, denied.Decision.Code);
        Assert.Contains("standard_contractual_clauses", denied.Decision.Reason, StringComparison.Ordinal);
        Assert.Contains(_h.Fixture.Audit.Records, r => r.Action == "sharing.sharing" && r.Decision == "denied" && r.Reason!.Contains("no transfer mechanism", StringComparison.Ordinal));

        await _h.Consents.GiveAsync(SharingHarness.System, subject, "hotline_provider", SharingConsentScope.Transfer);
        var allowed = await Send();
        Assert.True(allowed.Decision.Allowed);
        Assert.Equal("explicit_consent", (await _h.Fixture.Db.Set<Disclosure>().SingleAsync()).Mechanism);
    }

    [Fact]
    public async Task The_pseudonymised_ground_holds_only_for_data_that_leaves_pseudonymised()
    {
        var subject = _h.Fixture.NewSubject("visitor");
        await _h.Fixture.Controls.GiveConsentAsync(SharingHarness.System, subject, "site.analytics", Core.Consent.ConsentChannel.Form);

        var identified = await _h.SendAsync(subject, "web_analytics", "pseudonymised_data", "site.analytics", ["technical.device"]);
        var pseudonymised = await _h.SendAsync(subject, "web_analytics", "pseudonymised_data", "site.analytics", ["technical.device"], form: DataForm.Pseudonymised);

        Assert.Equal(SharingCode.NotPseudonymised, identified.Decision.Code);
        Assert.True(pseudonymised.Decision.Allowed, pseudonymised.Decision.Reason);
    }

    private static PolicyCatalogue GateFixture() => Steward.Tests.Gate.GateFixture.Catalogue.Policy;
}

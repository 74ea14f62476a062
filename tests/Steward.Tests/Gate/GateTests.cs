using Steward.Core.Catalogue.Model;
using Steward.Core.Consent;
using Steward.Core.Gate;

namespace Steward.Tests.Gate;

/// <summary>The purpose gate over the default catalogue: what it allows and denies, and why.</summary>
public sealed class GateTests : IAsyncLifetime
{
    private GateFixture _f = null!;
    private static readonly ActorRef System = ActorRef.Steward("test");

    public async Task InitializeAsync() => _f = await GateFixture.CreateAsync();
    public async Task DisposeAsync() => await _f.DisposeAsync();

    /// <summary>Every role of the default catalogue against every purpose: allowed exactly where the
    /// catalogue grants the role that purpose (a parent purpose includes its children).</summary>
    public static TheoryData<string, string, bool> RolesAndPurposes()
    {
        var data = new TheoryData<string, string, bool>();
        var policy = GateFixture.Catalogue.Policy;
        foreach (var role in policy.Roles)
            foreach (var purpose in policy.Purposes)
                data.Add(role.Id, purpose.Id, role.Purposes.Any(p => purpose.Id == p || purpose.Id.StartsWith(p + ".", StringComparison.Ordinal)));
        return data;
    }

    [Theory]
    [MemberData(nameof(RolesAndPurposes))]
    public async Task Each_role_acts_only_for_the_purposes_the_catalogue_grants_it(string role, string purposeId, bool expected)
    {
        var purpose = GateFixture.Catalogue.Policy.Purposes.Single(p => p.Id == purposeId);
        var subject = _f.NewSubject(purpose.SubjectKinds.FirstOrDefault(k => k != "juvenile") ?? "account_holder");
        if (purpose.LegalBasis == LegalBasis.Consent)
            await _f.Controls.GiveConsentAsync(System, subject, purposeId, ConsentChannel.Form);

        var outcome = await _f.Gate.DecideAsync(new DecisionRequest(ActorRef.Staff("u1", role), subject, purpose.Categories, purposeId));

        Assert.Equal(expected, outcome.Decision.Allowed);
        if (!expected) Assert.Equal(DecisionCode.RoleNotPermitted, outcome.Decision.Code);
        else Assert.Equal(purpose.LegalBasis, outcome.Decision.Basis);
    }

    [Fact]
    public async Task Withdrawing_consent_flips_the_decision_at_once_and_leaves_other_bases_alone()
    {
        var subject = _f.NewSubject();
        var marketing = new DecisionRequest(System, subject, ["contact.email"], "marketing.contact");
        var account = new DecisionRequest(System, subject, ["contact.email"], "account");

        Assert.Equal(DecisionCode.NoLiveConsent, (await _f.Gate.DecideAsync(marketing)).Decision.Code);
        await _f.Controls.GiveConsentAsync(ActorRef.Subject(subject), subject, "marketing.contact", ConsentChannel.Form, "abc", "en");
        Assert.True((await _f.Gate.DecideAsync(marketing)).Decision.Allowed);

        await _f.Controls.WithdrawConsentAsync(ActorRef.Subject(subject), subject, "marketing.contact", ConsentChannel.Form);

        Assert.Equal(DecisionCode.NoLiveConsent, (await _f.Gate.DecideAsync(marketing)).Decision.Code);
        Assert.True((await _f.Gate.DecideAsync(account)).Decision.Allowed);
    }

    [Theory]
    [InlineData(ProcessingLimitKind.Restriction, DecisionCode.Restricted)]
    [InlineData(ProcessingLimitKind.Objection, DecisionCode.Objected)]
    public async Task A_restriction_or_objection_stops_a_purpose_until_lifted_but_not_a_legal_duty(ProcessingLimitKind kind, DecisionCode code)
    {
        var subject = _f.NewSubject();
        var research = new DecisionRequest(System, subject, ["statistics.usage"], "analysis.research");
        var legal = new DecisionRequest(System, subject, ["contact.email"], "legal");

        await _f.Controls.LimitAsync(ActorRef.Subject(subject), subject, "analysis.research", kind);
        await _f.Controls.LimitAsync(ActorRef.Subject(subject), subject, "legal", kind);

        Assert.Equal(code, (await _f.Gate.DecideAsync(research)).Decision.Code);
        Assert.True((await _f.Gate.DecideAsync(legal)).Decision.Allowed);

        await _f.Controls.LiftAsync(ActorRef.Subject(subject), subject, "analysis.research", kind);
        Assert.True((await _f.Gate.DecideAsync(research)).Decision.Allowed);
    }

    [Fact]
    public async Task A_juveniles_data_is_used_only_as_law_permits_until_a_guardian_consents()
    {
        var juvenile = _f.NewSubject("account_holder", juvenile: true);
        var account = new DecisionRequest(System, juvenile, ["contact.email"], "account");
        var guardianCheck = new DecisionRequest(System, juvenile, ["contact.email"], "guardian_consent");

        Assert.Equal(DecisionCode.JuvenileWithoutGuardianConsent, (await _f.Gate.DecideAsync(account)).Decision.Code);
        Assert.True((await _f.Gate.DecideAsync(guardianCheck)).Decision.Allowed);

        await _f.Controls.RecordGuardianConsentAsync(ActorRef.Staff("officer", "privacy_officer"), juvenile);
        Assert.True((await _f.Gate.DecideAsync(account)).Decision.Allowed);
    }

    [Fact]
    public async Task A_category_the_purpose_does_not_declare_is_denied_and_named()
    {
        var subject = _f.NewSubject();
        var decision = (await _f.Gate.DecideAsync(new DecisionRequest(System, subject, ["identity.marital_status"], "account"))).Decision;
        Assert.Equal(DecisionCode.CategoryNotDeclared, decision.Code);
        Assert.Contains("'identity.marital_status'", decision.Reason);
    }

    [Theory]
    [InlineData("no.such.purpose", "contact.email", DecisionCode.UnknownPurpose)]
    [InlineData("account", "contact.fax", DecisionCode.UnknownCategory)]
    public async Task Unknown_names_are_reported_as_such(string purpose, string category, DecisionCode code)
    {
        var subject = _f.NewSubject();
        var decision = (await _f.Gate.DecideAsync(new DecisionRequest(System, subject, [category], purpose))).Decision;
        Assert.Equal(code, decision.Code);
    }

    [Fact]
    public async Task An_unknown_subject_is_denied()
    {
        var decision = (await _f.Gate.DecideAsync(new DecisionRequest(System, Guid.NewGuid(), ["contact.email"], "account"))).Decision;
        Assert.Equal(DecisionCode.UnknownSubject, decision.Code);
    }

    [Fact]
    public async Task Another_system_asks_only_about_the_purposes_its_key_allows()
    {
        var subject = _f.NewSubject();
        var crm = ActorRef.ApiClient("key-1", ["customer_service"]);
        Assert.True((await _f.Gate.DecideAsync(new DecisionRequest(crm, subject, ["contact.email"], "customer_service"))).Decision.Allowed);
        Assert.Equal(DecisionCode.RoleNotPermitted, (await _f.Gate.DecideAsync(new DecisionRequest(crm, subject, ["contact.email"], "account"))).Decision.Code);
    }

    [Fact]
    public async Task A_person_acts_on_their_own_data_only()
    {
        var me = _f.NewSubject();
        var other = _f.NewSubject();
        Assert.True((await _f.Gate.DecideAsync(new DecisionRequest(ActorRef.Subject(me), me, ["contact.email"], "account"))).Decision.Allowed);
        Assert.Equal(DecisionCode.RoleNotPermitted, (await _f.Gate.DecideAsync(new DecisionRequest(ActorRef.Subject(me), other, ["contact.email"], "account"))).Decision.Code);
    }

    [Fact]
    public async Task A_recipient_receives_nothing_once_its_agreement_has_expired()
    {
        var recipient = GateFixture.Catalogue.Policy.Recipients.First(r => r.Kind == RecipientKind.ServiceProvider && r.Agreements.All(a => a.ExpiresOn is not null));
        var purpose = GateFixture.Catalogue.Policy.Purposes.First(p => recipient.Purposes.Contains(p.Id) && p.LegalBasis != LegalBasis.Consent
            && p.Categories.Any(c => recipient.Categories.Contains(c)));
        var category = purpose.Categories.First(c => recipient.Categories.Contains(c));
        var subject = _f.NewSubject(purpose.SubjectKinds.FirstOrDefault() ?? "account_holder");
        var request = new DecisionRequest(System, subject, [category], purpose.Id, recipient.Id);

        var before = (await _f.Gate.DecideAsync(request)).Decision;
        Assert.True(before.Allowed, before.Reason);
        var lastExpiry = recipient.Agreements.Max(a => a.ExpiresOn)!.Value;
        _f.Clock.SetUtcNow(new DateTimeOffset(lastExpiry.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
        Assert.Equal(DecisionCode.RecipientAgreementMissing, (await _f.Gate.DecideAsync(request)).Decision.Code);
    }

    [Fact]
    public async Task Every_decision_allowed_or_denied_is_audited_by_pseudonymous_id()
    {
        var subject = _f.NewSubject();
        await _f.Gate.DecideAsync(new DecisionRequest(System, subject, ["contact.email"], "account"));
        await _f.Gate.DecideAsync(new DecisionRequest(System, subject, ["contact.email"], "marketing.contact"));

        var decisions = _f.Audit.Records.Where(r => r.Action == "gate.decision" && r.SubjectId == subject).ToList();
        Assert.Equal(["allowed", "denied"], decisions.Select(d => d.Decision));
        Assert.Equal(["account", "marketing.contact"], decisions.Select(d => d.Purpose));
        Assert.Equal("no live consent for this purpose", decisions[1].Reason);
    }

    [Fact]
    public async Task Only_an_allowed_decision_yields_a_grant_and_it_covers_only_what_was_asked()
    {
        var subject = _f.NewSubject();
        var allowed = await _f.Gate.DecideAsync(new DecisionRequest(System, subject, ["contact.email", "contact.telephone"], "account"));
        var denied = await _f.Gate.DecideAsync(new DecisionRequest(System, subject, ["contact.email"], "surveys"));

        Assert.NotNull(allowed.Grant);
        Assert.True(allowed.Grant!.Covers("contact.email"));
        Assert.False(allowed.Grant.Covers("identity.name"));
        Assert.Equal(allowed.AuditIndex, allowed.Grant.AuditIndex);
        Assert.Null(denied.Grant);
    }

    [Fact]
    public async Task Erasure_is_refused_while_a_legal_hold_keeps_the_data()
    {
        var subject = _f.NewSubject();
        await _f.Controls.PlaceLegalHoldAsync(ActorRef.Staff("officer", "privacy_officer"), subject, "case 2026-17", null);
        Assert.Equal(DecisionCode.LegalHold, PolicyEngine.EvaluateErasure(_f.States.Find(subject)).Code);
        await _f.Controls.ReleaseLegalHoldAsync(ActorRef.Staff("officer", "privacy_officer"), subject);
        Assert.True(PolicyEngine.EvaluateErasure(_f.States.Find(subject)).Allowed);
    }
}

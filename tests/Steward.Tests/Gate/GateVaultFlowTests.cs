using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.DependencyInjection;
using Steward.Core.Consent;
using Steward.Core.Gate;
using Steward.Core.Vault;
using Steward.Tests.Infrastructure;

namespace Steward.Tests.Gate;

/// <summary>Personal data is read only through a passing decision: in the running app, and by
/// construction of the types.</summary>
public sealed class GateVaultFlowTests
{
    private static readonly ActorRef Registration = ActorRef.Steward("registration");

    [Fact]
    public async Task A_subject_written_to_the_vault_is_read_back_only_with_a_grant_and_only_what_it_covers()
    {
        await using var server = await StewardServer.StartAsync();
        await using var scope = server.Services.CreateAsyncScope();
        var vault = scope.ServiceProvider.GetRequiredService<VaultWriter>();
        var reader = scope.ServiceProvider.GetRequiredService<VaultReader>();
        var gate = scope.ServiceProvider.GetRequiredService<GateService>();
        var subject = await vault.CreateSubjectAsync("account_holder",
            [new VaultValue("contact.email", "li.lei@example.com"), new VaultValue("identity.name", "李雷")], Registration);

        var support = ActorRef.Staff("agent-1", "support");
        var allowed = await gate.DecideAsync(new DecisionRequest(support, subject, ["contact.email"], "customer_service"));
        var values = await reader.ReadAsync(allowed.Grant!, subject);

        Assert.Equal([("contact.email", "li.lei@example.com")], values.Select(v => (v.Category, v.Value)));
        var refused = await gate.DecideAsync(new DecisionRequest(ActorRef.Staff("r-1", "recruiter"), subject, ["contact.email"], "customer_service"));
        Assert.Null(refused.Grant);
    }

    [Fact]
    public async Task A_withdrawn_consent_leaves_no_grant_to_read_with()
    {
        await using var server = await StewardServer.StartAsync();
        await using var scope = server.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var subject = await services.GetRequiredService<VaultWriter>().CreateSubjectAsync("account_holder", [new VaultValue("contact.email", "han.meimei@example.com")], Registration);
        var controls = services.GetRequiredService<SubjectControls>();
        var gate = services.GetRequiredService<GateService>();
        var campaign = new DecisionRequest(ActorRef.Steward("campaign"), subject, ["contact.email"], "marketing.contact");

        await controls.GiveConsentAsync(ActorRef.Subject(subject), subject, "marketing.contact", ConsentChannel.Form);
        Assert.NotNull((await gate.DecideAsync(campaign)).Grant);
        await controls.WithdrawConsentAsync(ActorRef.Subject(subject), subject, "marketing.contact", ConsentChannel.Form);
        Assert.Null((await gate.DecideAsync(campaign)).Grant);
    }

    [Fact]
    public async Task A_legal_hold_refuses_erasure_before_any_key_is_destroyed()
    {
        await using var server = await StewardServer.StartAsync();
        await using var scope = server.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var vault = services.GetRequiredService<VaultWriter>();
        var subject = await vault.CreateSubjectAsync("account_holder", [new VaultValue("contact.email", "held@example.com")], Registration);
        var officer = ActorRef.Staff("o-1", "privacy_officer");
        await services.GetRequiredService<SubjectControls>().PlaceLegalHoldAsync(officer, subject, "litigation 2026-3", null);

        await Assert.ThrowsAsync<LegalHoldException>(() => vault.EraseSubjectAsync(subject, officer, "request"));

        var read = await services.GetRequiredService<GateService>().DecideAsync(new DecisionRequest(officer, subject, ["contact.email"], "legal"));
        Assert.Equal("held@example.com", (await services.GetRequiredService<VaultReader>().ReadAsync(read.Grant!, subject)).Single().Value);
    }

    [Fact]
    public async Task Subjects_and_their_choices_are_back_in_the_gate_after_a_restart()
    {
        using var data = new TempFolder();
        var settings = new Dictionary<string, string?> { ["Steward:DataFolder"] = data.Path };
        Guid subject;
        await using (var first = await StewardServer.StartAsync(settings: settings))
        await using (var scope = first.Services.CreateAsyncScope())
        {
            subject = await scope.ServiceProvider.GetRequiredService<VaultWriter>().CreateSubjectAsync("account_holder", [new VaultValue("contact.email", "a@example.com")], Registration);
            await scope.ServiceProvider.GetRequiredService<SubjectControls>().GiveConsentAsync(ActorRef.Subject(subject), subject, "surveys", ConsentChannel.Form);
        }
        await using var second = await StewardServer.StartAsync(settings: settings);
        var decision = await second.Services.GetRequiredService<GateService>()
            .DecideAsync(new DecisionRequest(ActorRef.Steward("survey"), subject, ["contact.email"], "surveys"));
        Assert.True(decision.Decision.Allowed, decision.Decision.Reason);
    }

    [Fact]
    public void Only_the_gate_can_make_a_grant_and_reading_personal_data_takes_one()
    {
        Assert.All(typeof(AccessGrant).GetConstructors(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic), c => Assert.False(c.IsPublic));
        Assert.True(typeof(AccessGrant).IsSealed);
        // The executable (where feature code lives) is not let into Steward.Core's internals.
        var friends = typeof(AccessGrant).Assembly.GetCustomAttributes<InternalsVisibleToAttribute>().Select(a => a.AssemblyName);
        Assert.DoesNotContain("steward", friends, StringComparer.OrdinalIgnoreCase);
        // Every way the vault returns field values asks for a grant.
        var returnsValues = typeof(VaultReader).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => m.ReturnType.ToString().Contains(nameof(VaultValue), StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(returnsValues);
        Assert.All(returnsValues, m => Assert.Equal(typeof(AccessGrant), m.GetParameters()[0].ParameterType));
    }
}

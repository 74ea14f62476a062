using Steward.Core.Consent;
using Steward.Core.Gate;
using Steward.Hosting;
using Steward.Tests.Infrastructure;

namespace Steward.Tests.Gate;

/// <summary>What people chose survives a restart: a new node rebuilds the gate's state from the
/// database and decides the same. Run on SQLite and on PostgreSQL.</summary>
public abstract class GateStateStorageTests
{
    protected abstract Task<StewardOptions?> OptionsAsync();

    [Fact]
    public async Task A_restarted_gate_decides_as_before_from_what_the_database_holds()
    {
        var options = await OptionsAsync();
        await using var first = await GateFixture.CreateAsync(options);
        var subject = first.NewSubject();
        var actor = ActorRef.Subject(subject);
        await first.Controls.GiveConsentAsync(actor, subject, "marketing.contact", ConsentChannel.Form);
        await first.Controls.GiveConsentAsync(actor, subject, "surveys", ConsentChannel.Form);
        await first.Controls.WithdrawConsentAsync(actor, subject, "surveys", ConsentChannel.Form);
        await first.Controls.LimitAsync(actor, subject, "analysis.research", ProcessingLimitKind.Objection);
        await first.Controls.PlaceLegalHoldAsync(ActorRef.Staff("o", "privacy_officer"), subject, "case 1", null);

        var restarted = new SubjectStateStore(first.Policy);
        restarted.Track(subject, "account_holder");
        await restarted.ApplyStoredAsync(first.Db, first.Clock.GetUtcNow());
        var gate = new GateService(first.Policy, restarted, first.Audit, first.Clock);

        Assert.True((await gate.DecideAsync(new DecisionRequest(actor, subject, ["contact.email"], "marketing.contact"))).Decision.Allowed);
        Assert.Equal(DecisionCode.NoLiveConsent, (await gate.DecideAsync(new DecisionRequest(actor, subject, ["contact.email"], "surveys"))).Decision.Code);
        Assert.Equal(DecisionCode.Objected, (await gate.DecideAsync(new DecisionRequest(actor, subject, ["statistics.usage"], "analysis.research"))).Decision.Code);
        Assert.Equal(DecisionCode.LegalHold, PolicyEngine.EvaluateErasure(restarted.Find(subject)).Code);
    }
}

public sealed class SqliteGateStateStorageTests : GateStateStorageTests
{
    protected override Task<StewardOptions?> OptionsAsync() => Task.FromResult<StewardOptions?>(null);
}

public sealed class PostgresGateStateStorageTests : GateStateStorageTests
{
    protected override async Task<StewardOptions?> OptionsAsync() => new StewardOptions
    {
        Database = new DatabaseOptions { Provider = DatabaseProvider.Postgres, ConnectionString = await (await PostgresServer.Shared).CreateDatabaseAsync() },
    };
}

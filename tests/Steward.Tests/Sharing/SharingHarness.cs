using Steward.Core.Catalogue.Model;
using Steward.Core.Gate;
using Steward.Core.Sharing;
using Steward.Tests.Gate;

namespace Steward.Tests.Sharing;

/// <summary>The sharing gate over the default catalogue, on the gate fixture's database and clock.</summary>
internal sealed class SharingHarness : IAsyncDisposable
{
    public static readonly ActorRef System = ActorRef.Steward("test");

    private SharingHarness(GateFixture gate)
    {
        Fixture = gate;
        Consents = new SharingConsents(gate.Db, gate.Audit, gate.Clock);
        Register = new RecipientRegister(gate.Db, GateFixture.Catalogue, gate.Audit, gate.Clock);
        Gate = new SharingGate(gate.Gate, new RecipientDirectory(GateFixture.Catalogue, gate.Db), Consents, GateFixture.Catalogue, gate.Db, gate.Audit, gate.Clock);
    }

    public GateFixture Fixture { get; }
    public SharingGate Gate { get; }
    public SharingConsents Consents { get; }
    public RecipientRegister Register { get; }

    public static async Task<SharingHarness> CreateAsync() => new(await GateFixture.CreateAsync());

    public Task<SharingOutcome> SendAsync(Guid subject, string recipient, string ground, string purpose, string[] categories,
        FlowKind flow = FlowKind.Sharing, string origin = "cn", DataForm form = DataForm.Identified) =>
        Gate.DecideAsync(new OutboundFlow(System, subject, categories, purpose, recipient, ground, flow, origin, form));

    public async Task RegisterAsync(string id, RecipientKind kind, string country, string[] purposes, string[] categories, string[] grounds)
    {
        var problems = await Register.RegisterAsync("staff:po", new RecipientEntry(id, kind, "Test recipient", "测试接收方", country, purposes, categories, grounds));
        Assert.Empty(problems);
    }

    public async Task AgreeAsync(string id, AgreementKind kind, DateOnly signed, DateOnly? expires = null) =>
        Assert.Empty(await Register.AddAgreementAsync("staff:po", id, new AgreementEntry(kind, "REF-1", signed, expires)));

    public DateOnly Today => DateOnly.FromDateTime(Fixture.Clock.GetUtcNow().UtcDateTime);

    public ValueTask DisposeAsync() => Fixture.DisposeAsync();
}

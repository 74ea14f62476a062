using BenchmarkDotNet.Attributes;
using Steward.Core.Catalogue;
using Steward.Core.Gate;

namespace Steward.Benchmarks;

/// <summary>The gate's decision in process, on the default catalogue, with the state of 1,000,000
/// subjects in memory: the hot path the decision API and every vault read take.</summary>
[MemoryDiagnoser]
public class GateBenchmarks
{
    private const int Subjects = 1_000_000;
    private CompiledPolicy _policy = null!;
    private SubjectStateStore _states = null!;
    private Guid[] _ids = null!;
    private DecisionRequest _staffAllowed;
    private DecisionRequest _consentAllowed;
    private DecisionRequest _consentDenied;
    private readonly DateOnly _today = new(2026, 6, 1);

    [GlobalSetup]
    public void Setup()
    {
        _policy = CompiledPolicy.From(LoadedCatalogue.Load(null));
        _states = new SubjectStateStore(_policy);
        _ids = new Guid[Subjects];
        var marketing = _policy.PurposeIndex("marketing.contact");
        for (var i = 0; i < Subjects; i++)
        {
            _ids[i] = Guid.NewGuid();
            var state = _states.Track(_ids[i], "account_holder");
            if (i % 2 == 0) state.Consented.Set(marketing);
        }
        var support = ActorRef.Staff("agent-7", "support");
        _staffAllowed = new DecisionRequest(support, _ids[Subjects / 3], ["contact.email", "identity.name"], "customer_service");
        _consentAllowed = new DecisionRequest(ActorRef.Steward("campaign"), _ids[Subjects / 2 & ~1], ["contact.email"], "marketing.contact");
        _consentDenied = new DecisionRequest(ActorRef.Steward("campaign"), _ids[Subjects / 2 | 1], ["contact.email"], "marketing.contact");
    }

    [Benchmark(Description = "Allowed: staff role, contract purpose, two categories")]
    public bool StaffAllowed() => PolicyEngine.Evaluate(_policy, _staffAllowed, _states.Find(_staffAllowed.SubjectId), _today).Allowed;

    [Benchmark(Description = "Allowed: consent purpose with a live consent")]
    public bool ConsentAllowed() => PolicyEngine.Evaluate(_policy, _consentAllowed, _states.Find(_consentAllowed.SubjectId), _today).Allowed;

    [Benchmark(Description = "Denied: consent purpose without consent")]
    public bool ConsentDenied() => PolicyEngine.Evaluate(_policy, _consentDenied, _states.Find(_consentDenied.SubjectId), _today).Allowed;
}

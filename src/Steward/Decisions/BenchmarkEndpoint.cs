namespace Steward.Decisions;

/// <summary>A bare endpoint that answers a constant JSON, the yardstick the decision API's throughput
/// is measured against (bench/Steward.Benchmarks http-decisions). Mapped only when
/// Steward:Benchmarks:ConstantEndpoint is true.</summary>
public static class BenchmarkEndpoint
{
    private static readonly ConstantAnswer Answer = new(true, "allowed");

    public static void MapBenchmarkEndpoint(this WebApplication app)
    {
        if (!app.Configuration.GetValue<bool>("Steward:Benchmarks:ConstantEndpoint")) return;
        app.MapPost("/api/bench/constant", () => TypedResults.Ok(Answer)).ExcludeFromDescription();
    }

    private sealed record ConstantAnswer(bool Allowed, string Code);
}

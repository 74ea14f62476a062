using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Steward.Core.Catalogue;
using Steward.Hosting;

namespace Steward.Benchmarks;

/// <summary>POST /banner/{site}/choices (a cookie-banner choice, recorded as consent records under a new
/// random visitor id each time) over HTTP on loopback, against the bare constant endpoint of the same app,
/// both loaded by wrk in one run. The per-address rate limit is raised for the run. Usage:
/// <c>dotnet run -c Release --project bench/Steward.Benchmarks -- http-banner [seconds] [connections]</c></summary>
internal static class HttpBannerLoad
{
    // Long enough for tiered compilation to finish with the hot paths (see HttpDecisionLoad).
    private const int WarmUpSeconds = 10;
    private const string Url = "http://127.0.0.1:5192";

    public static async Task<int> RunAsync(string[] args)
    {
        var seconds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 15;
        var connections = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 64;
        var (app, data) = await BenchHost.StartAsync(Url, new Dictionary<string, string?> { ["Steward:Consent:BannerPermitsPerMinute"] = "100000000" });
        await using var _ = app;
        var site = app.Services.GetRequiredService<LoadedCatalogue>().Policy.Sites[0].Id;

        // A new visitor id for every request, as each choice comes from another browser.
        var script = Path.Combine(data, "choice.lua");
        await File.WriteAllTextAsync(script, """
            math.randomseed(os.time() + math.floor(os.clock() * 1000000))
            local function uuid()
              return (string.gsub("xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx", "[xy]", function (c)
                local v = (c == "x") and math.random(0, 15) or math.random(8, 11)
                return string.format("%x", v)
              end))
            end
            request = function()
              local body = '{"visitor":"' .. uuid() .. '","language":"en","categories":{"preferences":true,"analytics":false,"marketing":false},"gpc":false}'
              return wrk.format("POST", nil, { ["Content-Type"] = "application/json" }, body)
            end
            """);

        Console.WriteLine($"wrk -t2 -c{connections} -d{seconds}s, one run, same app, same machine, after a {WarmUpSeconds} s warm-up of each; site '{site}', SQLite in {data}");
        HttpDecisionLoad.Wrk(script, $"{Url}/api/bench/constant", WarmUpSeconds, connections);
        HttpDecisionLoad.Wrk(script, $"{Url}/banner/{site}/choices", WarmUpSeconds, connections);
        var bare = HttpDecisionLoad.Wrk(script, $"{Url}/api/bench/constant", seconds, connections);
        using var sampler = Environment.GetEnvironmentVariable("STEWARD_BENCH_ALLOCATIONS") == "1" ? new AllocationSampler() : null;
        sampler?.Start();
        var choices = HttpDecisionLoad.Wrk(script, $"{Url}/banner/{site}/choices", seconds, connections);
        sampler?.Stop();
        foreach (var (type, bytes) in sampler?.Top(15) ?? []) Console.WriteLine($"  allocated {bytes / 1_000_000.0,8:F1} MB  {type}");
        Console.WriteLine($"bare constant endpoint:      {bare.Rps:F0} req/s, p99 {bare.P99Ms:F2} ms, errors {bare.Errors}");
        Console.WriteLine($"POST /banner/{site}/choices: {choices.Rps:F0} req/s, p99 {choices.P99Ms:F2} ms, errors {choices.Errors}");
        Console.WriteLine($"goal: at least 5000 choices/s; {(choices.Rps >= 5000 ? "met" : "NOT met")}");
        await app.StopAsync();
        return 0;
    }
}

using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Steward.Core.Audit;
using Steward.Core.Gate;
using Steward.Core.Staff;
using Steward.Hosting;

namespace Steward.Benchmarks;

/// <summary>POST /api/decisions over HTTP on loopback against a bare endpoint of the same app that
/// answers a constant JSON, both loaded by wrk in one run. Usage:
/// <c>dotnet run -c Release --project bench/Steward.Benchmarks -- http-decisions [seconds] [connections]</c></summary>
internal static partial class HttpDecisionLoad
{
    private const string Url = "http://127.0.0.1:5191";

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")] private static partial Regex Throughput();
    [GeneratedRegex(@"99%\s+([\d.]+)(us|ms|s)")] private static partial Regex P99();
    [GeneratedRegex(@"Non-2xx or 3xx responses: (\d+)")] private static partial Regex Errors();

    /// <summary>STEWARD_BENCH_NO_AUDIT=1 swaps the audit log for a counter, to tell the cost of auditing
    /// from the rest of a decision. Never a figure to report as the decision API's throughput.</summary>
    private static bool NoAudit => Environment.GetEnvironmentVariable("STEWARD_BENCH_NO_AUDIT") == "1";

    public static async Task<int> RunAsync(string[] args)
    {
        var seconds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 15;
        var connections = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 64;
        // STEWARD_BENCH_DIR puts the data folder elsewhere (a tmpfs, say, to tell fsync cost from CPU cost).
        var data = Environment.GetEnvironmentVariable("STEWARD_BENCH_DIR") is { Length: > 0 } dir
            ? Directory.CreateDirectory(Path.Combine(dir, Guid.NewGuid().ToString("n"))).FullName
            : Directory.CreateTempSubdirectory("steward-bench-").FullName;
        await using var app = StewardApp.Create(new Dictionary<string, string?>
        {
            ["Urls"] = Url,
            ["Steward:DataFolder"] = data,
            ["Steward:Benchmarks:ConstantEndpoint"] = "true",
            ["Logging:LogLevel:Default"] = "Warning",
        }, NoAudit ? services => services.AddSingleton<IAuditTrail, CountingAuditTrail>() : null);
        await app.StartAsync();

        var subject = Guid.NewGuid();
        app.Services.GetRequiredService<SubjectStateStore>().Track(subject, "account_holder");
        string secret;
        await using (var scope = app.Services.CreateAsyncScope())
            secret = (await scope.ServiceProvider.GetRequiredService<ApiKeys>().CreateAsync("bench", ["customer_service"], "bench")).Secret;

        var body = $$"""{"subject":"{{subject}}","categories":["contact.email","identity.name"],"purpose":"customer_service"}""";
        var script = Path.Combine(data, "post.lua");
        await File.WriteAllTextAsync(script, $"""
            wrk.method = "POST"
            wrk.body = '{body}'
            wrk.headers["Content-Type"] = "application/json"
            wrk.headers["Authorization"] = "Bearer {secret}"
            """);

        if (NoAudit) Console.WriteLine("DIAGNOSIS ONLY: the audit log is replaced by a counter");
        Console.WriteLine($"wrk -t2 -c{connections} -d{seconds}s, one run, same app, same machine, after a 3 s warm-up of each");
        Wrk(script, $"{Url}/api/bench/constant", 3, connections);
        Wrk(script, $"{Url}/api/decisions", 3, connections);
        var bare = Wrk(script, $"{Url}/api/bench/constant", seconds, connections);
        var decisions = Wrk(script, $"{Url}/api/decisions", seconds, connections);
        Console.WriteLine($"bare constant endpoint: {bare.Rps:F0} req/s, p99 {bare.P99Ms:F2} ms, errors {bare.Errors}");
        Console.WriteLine($"POST /api/decisions:    {decisions.Rps:F0} req/s, p99 {decisions.P99Ms:F2} ms, errors {decisions.Errors}");
        Console.WriteLine($"decisions / bare: {decisions.Rps / bare.Rps:P0} (goal: at least 50 %)");
        await app.StopAsync();
        return 0;
    }

    internal static (double Rps, double P99Ms, long Errors) Wrk(string script, string url, int seconds, int connections)
    {
        var info = new ProcessStartInfo("wrk", ["-t2", $"-c{connections}", $"-d{seconds}s", "--latency", "-s", script, url]) { RedirectStandardOutput = true };
        using var wrk = Process.Start(info) ?? throw new InvalidOperationException("wrk is not installed: apt-get install wrk");
        var output = wrk.StandardOutput.ReadToEnd();
        wrk.WaitForExit();
        var p99 = P99().Match(output);
        var scale = p99.Groups[2].Value switch { "us" => 0.001, "s" => 1000, _ => 1 };
        var errors = Errors().Match(output) is { Success: true } e ? long.Parse(e.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
        return (double.Parse(Throughput().Match(output).Groups[1].Value, CultureInfo.InvariantCulture),
            double.Parse(p99.Groups[1].Value, CultureInfo.InvariantCulture) * scale, errors);
    }
}

internal sealed class CountingAuditTrail : IAuditTrail
{
    private long _next;

    public ValueTask<long> AppendAsync(AuditRecord record, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Interlocked.Increment(ref _next));
}

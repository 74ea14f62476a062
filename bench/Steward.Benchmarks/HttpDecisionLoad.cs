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
/// <c>dotnet run -c Release --project bench/Steward.Benchmarks -- http-decisions [seconds] [connections] [warm-up seconds]</c></summary>
internal static partial class HttpDecisionLoad
{
    private const string Url = "http://127.0.0.1:5191";

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")] private static partial Regex Throughput();
    [GeneratedRegex(@"99%\s+([\d.]+)(us|ms|s)")] private static partial Regex P99();
    [GeneratedRegex(@"(\d+) requests in")] private static partial Regex Requests();
    [GeneratedRegex(@"Non-2xx or 3xx responses: (\d+)")] private static partial Regex Errors();

    /// <summary>STEWARD_BENCH_NO_AUDIT=1 swaps the audit log for a counter, to tell the cost of auditing
    /// from the rest of a decision. Never a figure to report as the decision API's throughput.</summary>
    private static bool NoAudit => Environment.GetEnvironmentVariable("STEWARD_BENCH_NO_AUDIT") == "1";

    public static async Task<int> RunAsync(string[] args)
    {
        var seconds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 15;
        var connections = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 64;
        // Long enough for tiered compilation to finish re-compiling the hot paths on two busy cores:
        // with 3 s the background JIT was still at work during the measured decisions run.
        var warmUp = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 15;
        var (app, data) = await BenchHost.StartAsync(Url, services: NoAudit ? services => services.AddSingleton<IAuditTrail, CountingAuditTrail>() : null);
        await using var _ = app;

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
        Console.WriteLine($"wrk -t2 -c{connections} -d{seconds}s, one run, same app, same machine, after a {warmUp} s warm-up of each");
        Wrk(script, $"{Url}/api/bench/constant", warmUp, connections);
        Wrk(script, $"{Url}/api/decisions", warmUp, connections);
        var bare = Wrk(script, $"{Url}/api/bench/constant", seconds, connections);
        using var sampler = Environment.GetEnvironmentVariable("STEWARD_BENCH_ALLOCATIONS") == "1" ? new AllocationSampler() : null;
        sampler?.Start();
        var decisions = Wrk(script, $"{Url}/api/decisions", seconds, connections);
        sampler?.Stop();
        foreach (var (type, bytes) in sampler?.Top(25) ?? []) Console.WriteLine($"  allocated {bytes / 1_000_000.0,8:F1} MB  {type}");
        Console.WriteLine($"bare constant endpoint: {bare.Rps:F0} req/s, p99 {bare.P99Ms:F2} ms, errors {bare.Errors}, Steward CPU {bare.CpuMicros:F1} µs/request");
        Console.WriteLine($"POST /api/decisions:    {decisions.Rps:F0} req/s, p99 {decisions.P99Ms:F2} ms, errors {decisions.Errors}, Steward CPU {decisions.CpuMicros:F1} µs/request");
        Console.WriteLine($"decisions / bare: {decisions.Rps / bare.Rps:P0} (goal: at least 50 %)");
        await app.StopAsync();
        return 0;
    }

    /// <summary>Also the CPU time this process (Steward) spent per request: unlike req/s, it barely moves
    /// when other work shares the machine, so it tells whether a change made a request cheaper.</summary>
    internal static (double Rps, double P99Ms, long Errors, double CpuMicros) Wrk(string script, string url, int seconds, int connections)
    {
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        using var batches = new AuditBatchListener();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var info = new ProcessStartInfo("wrk", ["-t2", $"-c{connections}", $"-d{seconds}s", "--latency", "-s", script, url]) { RedirectStandardOutput = true };
        using var wrk = Process.Start(info) ?? throw new InvalidOperationException("wrk is not installed: apt-get install wrk");
        var output = wrk.StandardOutput.ReadToEnd();
        wrk.WaitForExit();
        var p99 = P99().Match(output);
        var scale = p99.Groups[2].Value switch { "us" => 0.001, "s" => 1000, _ => 1 };
        var errors = Errors().Match(output) is { Success: true } e ? long.Parse(e.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        var requests = long.Parse(Requests().Match(output).Groups[1].Value, CultureInfo.InvariantCulture);
        var allocated = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / (double)Math.Max(1, requests);
        Console.WriteLine($"  {url}: {allocated:N0} bytes allocated per request" +
            (batches.Commits > 0 ? $", {batches.Commits:N0} audit commits, {batches.Entries / (double)batches.Commits:F1} entries per commit" : ""));
        return (double.Parse(Throughput().Match(output).Groups[1].Value, CultureInfo.InvariantCulture),
            double.Parse(p99.Groups[1].Value, CultureInfo.InvariantCulture) * scale, errors, cpu.TotalMicroseconds / Math.Max(1, requests));
    }
}

internal sealed class CountingAuditTrail : IAuditTrail
{
    private long _next;

    public ValueTask<long> AppendAsync(AuditRecord record, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Interlocked.Increment(ref _next));
}

/// <summary>Counts the audit writer's commits and their entries through its meter.</summary>
internal sealed class AuditBatchListener : IDisposable
{
    private readonly System.Diagnostics.Metrics.MeterListener _listener = new();
    private long _commits;
    private long _entries;

    public AuditBatchListener()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == AuditMetrics.MeterName && instrument.Name == "steward.audit.batch.size") listener.EnableMeasurementEvents(instrument);
        };
        _listener.SetMeasurementEventCallback<int>((_, value, _, _) =>
        {
            Interlocked.Increment(ref _commits);
            Interlocked.Add(ref _entries, value);
        });
        _listener.Start();
    }

    public long Commits => Interlocked.Read(ref _commits);
    public long Entries => Interlocked.Read(ref _entries);

    public void Dispose() => _listener.Dispose();
}

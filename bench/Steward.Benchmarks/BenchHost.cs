using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Steward.Hosting;

namespace Steward.Benchmarks;

/// <summary>Steward in process for the HTTP load modes: a fresh data folder (under STEWARD_BENCH_DIR
/// when set, a tmpfs say, to tell fsync cost from CPU cost), the bare constant endpoint on, warnings
/// only in the log.</summary>
internal static class BenchHost
{
    public static async Task<(WebApplication App, string DataFolder)> StartAsync(string url, IReadOnlyDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? services = null)
    {
        var data = Environment.GetEnvironmentVariable("STEWARD_BENCH_DIR") is { Length: > 0 } dir
            ? Directory.CreateDirectory(Path.Combine(dir, Guid.NewGuid().ToString("n"))).FullName
            : Directory.CreateTempSubdirectory("steward-bench-").FullName;
        var all = new Dictionary<string, string?>
        {
            ["Urls"] = url,
            ["Steward:DataFolder"] = data,
            ["Steward:Benchmarks:ConstantEndpoint"] = "true",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) all[key] = value;
        var app = StewardApp.Create(all, services);
        await app.StartAsync();
        return (app, data);
    }
}

using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Steward.Core.Audit;
using Steward.Core.Storage;

namespace Steward.Benchmarks;

/// <summary>A timed run rather than BenchmarkDotNet: group commit needs many appenders at once and a
/// log of a million entries, which a micro-benchmark's repeated invocations do not give.</summary>
/// <remarks>
/// <c>dotnet run -c Release --project bench/Steward.Benchmarks -- audit [entries] [appenders] [folder]</c>
/// (defaults 1,000,000, 512, and a temporary folder deleted at the end). Appends to a new SQLite file in WAL mode, synchronous FULL (every
/// commit is fsynced before it is acknowledged), then verifies the whole log the way
/// <c>steward audit verify</c> does.
/// </remarks>
public static class AuditBenchmarks
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static async Task<int> RunAsync(string[] args)
    {
        var entries = args.Length > 0 ? int.Parse(args[0], Invariant) : 1_000_000;
        var appenders = args.Length > 1 ? int.Parse(args[1], Invariant) : 512;
        // A folder named as the third argument is kept, for `steward audit verify --data FOLDER` to run on.
        var keep = args.Length > 2;
        var folder = keep ? Directory.CreateDirectory(args[2]).FullName : Directory.CreateTempSubdirectory("steward-audit-bench-").FullName;
        try
        {
            var connectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "steward.db") }.ToString();
            StewardDb CreateDb() => new(new DbContextOptionsBuilder<StewardDb>()
                .UseSqlite(connectionString, b => b.MigrationsAssembly("Steward.Migrations.Sqlite")).Options);
            await using (var db = CreateDb())
            {
                await db.Database.MigrateAsync();
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
                var synchronous = await db.Database.SqlQueryRaw<long>("SELECT synchronous AS Value FROM pragma_synchronous").SingleAsync();
                Console.WriteLine($"SQLite file in {folder}, WAL, synchronous={synchronous} (2 = FULL: fsync on every commit)");
            }

            var options = new AuditOptions();
            using var key = AuditSigningKey.LoadOrCreate(options, folder, NullLogger.Instance);
            var latencies = new long[entries];
            var next = -1;
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            await using (var log = new AuditLog(CreateDb, () => key, options, TimeProvider.System, NullLogger<AuditLog>.Instance))
            {
                await Task.WhenAll(Enumerable.Range(0, appenders).Select(_ => Task.Run(async () =>
                {
                    for (var i = Interlocked.Increment(ref next); i < entries; i = Interlocked.Increment(ref next))
                    {
                        var started = Stopwatch.GetTimestamp();
                        await log.AppendAsync(new AuditRecord($"api:key-{i % 50}", "gate.decision", Guid.CreateVersion7(), "marketing", i % 4 == 0 ? "denied" : "allowed",
                            i % 4 == 0 ? "no-consent: newsletter consent withdrawn" : "consent: newsletter"));
                        latencies[i] = Stopwatch.GetTimestamp() - started;
                    }
                })));
                clock.Stop();
                await log.CheckpointAsync();
            }
            // CPU per append tells a cheaper append from a quieter machine: it barely moves with other load.
            var cpuPerAppend = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMicroseconds / entries;
            Array.Sort(latencies);
            Console.WriteLine(string.Format(Invariant, "append: {0:N0} entries by {1} concurrent appenders in {2:0.00} s = {3:N0} appends/s; acknowledgement latency p50 {4:0.0} ms, p99 {5:0.0} ms; CPU {6:0.0} µs per append",
                entries, appenders, clock.Elapsed.TotalSeconds, entries / clock.Elapsed.TotalSeconds, Ms(latencies[entries / 2]), Ms(latencies[entries * 99 / 100]), cpuPerAppend));

            for (var run = 1; run <= 3; run++)
            {
                await using var db = CreateDb();
                clock.Restart();
                var result = await new AuditVerifier(db).VerifyAsync(new HashSet<string> { key.KeyId });
                clock.Stop();
                if (!result.Passed) throw new InvalidOperationException(result.Failure!.ToString());
                Console.WriteLine(string.Format(Invariant, "verify run {0}: {1:N0} entries and {2:N0} checkpoints in {3:0.00} s = {4:N0} entries/s",
                    run, result.Entries, result.Checkpoints, clock.Elapsed.TotalSeconds, result.Entries / clock.Elapsed.TotalSeconds));
            }
            return 0;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            if (!keep) Directory.Delete(folder, recursive: true);
        }
    }

    private static double Ms(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
}

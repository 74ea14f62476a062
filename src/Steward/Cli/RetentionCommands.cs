using System.CommandLine;
using ShellProgressBar;
using Steward.Audit;
using Steward.Core.Catalogue;
using Steward.Core.Retention;
using Steward.Core.Storage;
using Steward.Hosting;
using Steward.Retention;

namespace Steward.Cli;

/// <summary><c>steward retention run [--dry-run]</c>: the retention sweep from the command line, on
/// the same database as a running Steward (the lease keeps it from sweeping beside another node).</summary>
internal static class RetentionCommands
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var command = new Command("retention", "Retention: erase what the catalogue's retention rules say has expired");
        var run = new Command("run", "Sweep now: erase expired data, rule by rule, and print a report");
        var dryRun = new Option<bool>("--dry-run") { Description = "Count what would be erased; change nothing" };
        var data = new Option<string>("--data") { Description = "Data folder of the SQLite file and the key file (default ./data)" };
        var batch = new Option<int>("--batch-size") { Description = "Subjects erased per transaction", DefaultValueFactory = _ => 1000 };
        run.Options.Add(dryRun);
        run.Options.Add(data);
        run.Options.Add(batch);
        run.SetAction((parse, ct) => RunAsync(parse.GetValue(dryRun), parse.GetValue(data), parse.GetValue(batch), output, error, ct));
        command.Subcommands.Add(run);
        return command;
    }

    private static async Task<int> RunAsync(bool dryRun, string? data, int batchSize, TextWriter output, TextWriter error, CancellationToken ct)
    {
        if (batchSize is < 1 or > 100_000)
        {
            await error.WriteLineAsync("--batch-size must be between 1 and 100000.");
            return StewardCli.UsageError;
        }
        if (await CommandServices.CreateAsync(data, error) is not { } command) return 1;
        var (services, options) = (command.Services, command.Options);
        services.AddScoped<DatabaseLease>();
        services.AddScoped<RetentionSweep>();
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<StewardDb>();
        await Hosting.Storage.MigrateAsync(db, options, ct);

        var sweep = scope.ServiceProvider.GetRequiredService<RetentionSweep>();
        var pause = command.Configuration.GetValue("Steward:Retention:PauseAfterBatch", TimeSpan.Zero);
        RetentionReport report;
        // A bar only for a person at a terminal; scripts and logs get the report alone.
        if (!dryRun && !Console.IsOutputRedirected && ReferenceEquals(output, Console.Out))
        {
            using var bar = new ProgressBar(1, "Retention sweep", new ProgressBarOptions { ProgressCharacter = '─', CollapseWhenFinished = true });
            report = await sweep.RunAsync(new RetentionRunOptions(false, batchSize) { PauseAfterBatch = pause }, p =>
            {
                bar.MaxTicks = Math.Max(1, p.Total);
                bar.Tick(p.Done, $"{p.Rule}: {p.Done:N0} of {p.Total:N0} subjects");
            }, ct);
        }
        else
        {
            report = await sweep.RunAsync(new RetentionRunOptions(dryRun, batchSize) { PauseAfterBatch = pause }, null, ct);
        }
        await WriteReportAsync(report, output);
        return report.Outcome == RetentionOutcome.Completed ? 0 : 1;
    }

    private static async Task WriteReportAsync(RetentionReport report, TextWriter output)
    {
        if (report.Outcome == RetentionOutcome.LeaseHeldElsewhere)
        {
            await output.WriteLineAsync("Another node is sweeping now (it holds the retention lease); nothing was done.");
            return;
        }
        await output.WriteLineAsync(report.DryRun ? "Dry run: nothing was erased. Would erase:" : "Retention sweep:");
        await output.WriteLineAsync($"{"rule",-28} {"action",-10} {"subjects",10} {"fields",10} {"erased whole",13}");
        foreach (var r in report.Rules)
            await output.WriteLineAsync($"{r.Rule,-28} {r.Action.ToString().ToLowerInvariant(),-10} {r.Subjects,10:N0} {(report.DryRun ? "-" : r.Fields.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)),10} {(report.DryRun ? "-" : r.Shredded.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)),13}");
        await output.WriteLineAsync($"Total: {report.Subjects:N0} subject(s){(report.Outcome == RetentionOutcome.LeaseLost ? "; stopped: another node took the lease" : "")}.");
    }
}

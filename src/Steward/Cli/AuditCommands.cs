using System.CommandLine;
using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Steward.Core.Audit;
using Steward.Hosting;

namespace Steward.Cli;

/// <summary><c>steward audit verify</c> and <c>steward audit checkpoint</c>.</summary>
internal static class AuditCommands
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static Command Create(TextWriter output, TextWriter error)
    {
        var command = new Command("audit", "Check the audit log, or sign a checkpoint of it");
        command.Subcommands.Add(Verify(output, error));
        command.Subcommands.Add(Checkpoint(output, error));
        return command;
    }

    private static Option<string> DataOption() => new("--data") { Description = "Data folder with the SQLite file and the audit signing key (default: the configured one)" };

    private static Command Verify(TextWriter output, TextWriter error)
    {
        var data = DataOption();
        var command = new Command("verify", "Recompute every entry's hash, every checkpoint's root and signature; name the first that fails (exit 1)");
        command.Options.Add(data);
        command.SetAction(async (parse, ct) =>
        {
            if (Settings(parse.GetValue(data), error) is not var (options, audit)) return 1;
            var trusted = AuditTrust.TrustedKeyIds(audit, options.DataFolder);

            await using var db = Storage.CreateDb(options);
            var clock = Stopwatch.StartNew();
            AuditVerification result;
            try
            {
                result = await new AuditVerifier(db).VerifyAsync(trusted, ct);
            }
            catch (DbException e)
            {
                await error.WriteLineAsync($"Cannot read the audit log: {e.Message}");
                return 1;
            }
            var seconds = clock.Elapsed.TotalSeconds;
            if (result.Failure is { } failure)
            {
                await output.WriteLineAsync($"FAILED at {failure}.");
                await output.WriteLineAsync($"The audit log does not verify: everything before {failure.Kind.ToString().ToLowerInvariant()} {failure.Index} checked out.");
                return 1;
            }
            await output.WriteLineAsync(string.Format(Invariant, "Verified {0:N0} entries and {1:N0} checkpoints in {2:0.00} s ({3:N0} entries/s).",
                result.Entries, result.Checkpoints, seconds, seconds > 0 ? result.Entries / seconds : 0));
            if (result.LatestCheckpoint is { } latest)
            {
                await output.WriteLineAsync(string.Format(Invariant, "Latest checkpoint: {0:N0} entries, root {1}, signed {2:u} with key {3}.",
                    latest.TreeSize, Convert.ToHexStringLower(latest.RootHash), latest.Time, latest.KeyId));
                if (result.Entries > latest.TreeSize)
                    await output.WriteLineAsync(string.Format(Invariant, "{0:N0} entries after it are not yet covered by a checkpoint.", result.Entries - latest.TreeSize));
            }
            if (trusted is null && result.Checkpoints > 0)
                await output.WriteLineAsync("No signing key here to trust: signatures were checked against the keys stored in the database only.");
            return 0;
        });
        return command;
    }

    private static Command Checkpoint(TextWriter output, TextWriter error)
    {
        var data = DataOption();
        var command = new Command("checkpoint", "Sign a checkpoint now, covering every entry (nothing to do when the latest covers all)");
        command.Options.Add(data);
        command.SetAction(async (parse, ct) =>
        {
            if (Settings(parse.GetValue(data), error) is not var (options, audit)) return 1;
            var key = new Lazy<AuditSigningKey>(() => AuditSigningKey.LoadOrCreate(audit, options.DataFolder, NullLogger.Instance));
            AuditCheckpoint? checkpoint;
            await using (var log = new AuditLog(() => Storage.CreateDb(options), () => key.Value, audit, TimeProvider.System, NullLogger<AuditLog>.Instance))
            {
                checkpoint = await log.CheckpointAsync(ct);
            }
            if (key.IsValueCreated) key.Value.Dispose();
            await output.WriteLineAsync(checkpoint is null
                ? "The audit log is empty: nothing to sign."
                : string.Format(Invariant, "Checkpoint: {0:N0} entries, root {1}, signed {2:u} with key {3}.",
                    checkpoint.TreeSize, Convert.ToHexStringLower(checkpoint.RootHash), checkpoint.Time, checkpoint.KeyId));
            return 0;
        });
        return command;
    }

    /// <summary>Steward's settings as the server reads them, with the data folder given on the command line.</summary>
    private static (StewardOptions Options, AuditOptions Audit)? Settings(string? dataFolder, TextWriter error)
    {
        var configuration = StewardConfiguration.Configuration();
        var options = StewardConfiguration.Options(configuration);
        if (dataFolder is not null) options.DataFolder = dataFolder;
        var audit = new AuditOptions();
        configuration.GetSection(AuditOptions.Section).Bind(audit);
        var problems = audit.Problems().ToList();
        if (new StewardOptionsValidator().Validate(null, options) is { Failed: true } invalid) problems.Insert(0, invalid.FailureMessage);
        if (options.Database.Provider == DatabaseProvider.Sqlite
            && new SqliteConnectionStringBuilder(options.SqliteConnectionString()).DataSource is var file && !File.Exists(file))
            problems.Add($"There is no Steward database at {Path.GetFullPath(file)}.");
        foreach (var problem in problems) error.WriteLine(problem);
        return problems.Count == 0 ? (options, audit) : null;
    }
}

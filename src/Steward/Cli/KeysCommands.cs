using System.CommandLine;
using System.Security.Cryptography;
using Steward.Audit;
using Steward.Core.Audit;
using Steward.Core.Catalogue;
using Steward.Core.Gate;
using Steward.Core.Keys;
using Steward.Core.Storage;
using Steward.Hosting;
using Steward.Vault;

namespace Steward.Cli;

/// <summary><c>steward keys status|rotate|retire</c>: the vault's key-encryption keys. They work on
/// the same database and key source as a running Steward, while it runs.</summary>
internal static class KeysCommands
{
    private static readonly ActorRef Operator = ActorRef.Steward("cli.keys");

    /// <param name="configure">Adds services the commands need from other features (the audit log).</param>
    public static Command Create(TextWriter output, TextWriter error, Action<IServiceCollection>? configure = null)
    {
        var command = new Command("keys", "The vault's key-encryption keys: see them, rotate them, retire old ones");
        command.Subcommands.Add(Status(output, error, configure));
        command.Subcommands.Add(Rotate(output, error, configure));
        command.Subcommands.Add(Retire(output, error, configure));
        return command;
    }

    private static Option<string> DataOption() => new("--data") { Description = "Data folder of the SQLite file and the key file (default ./data)" };

    private static Command Status(TextWriter output, TextWriter error, Action<IServiceCollection>? configure)
    {
        var data = DataOption();
        var command = new Command("status", "Show where the keys come from, their versions, and how many data keys each wraps");
        command.Options.Add(data);
        command.SetAction((parse, ct) => RunAsync(parse, data, error, configure, auditRequired: false, async (services, keys) =>
        {
            var ring = keys.Ring;
            var counts = await KeyRotation.CountByVersionAsync(services.GetRequiredService<StewardDb>(), ct);
            await output.WriteLineAsync($"Keys come from {keys.Description}.");
            await output.WriteLineAsync($"KEK versions held: {string.Join(", ", ring.Versions)}; version {ring.Current} wraps new data keys.");
            await output.WriteLineAsync(counts.Count == 0 ? "No data keys yet."
                : "Data keys by KEK version: " + string.Join(", ", counts.OrderBy(c => c.Key).Select(c => $"version {c.Key}: {c.Value}")) + ".");
            return 0;
        }));
        return command;
    }

    private static Command Rotate(TextWriter output, TextWriter error, Action<IServiceCollection>? configure)
    {
        var data = DataOption();
        var batch = new Option<int>("--batch-size") { Description = "Data keys re-wrapped per transaction", DefaultValueFactory = _ => KeyRotation.DefaultBatchSize };
        var command = new Command("rotate", "Make a new key-encryption key current and re-wrap every data key under it (Steward may keep running)");
        command.Options.Add(data);
        command.Options.Add(batch);
        command.SetAction((parse, ct) => RunAsync(parse, data, error, configure, auditRequired: true, async (services, keys) =>
        {
            var before = keys.Ring.Current;
            var result = await services.GetRequiredService<KeyRotation>().RotateAsync(Operator, parse.GetValue(batch), ct);
            if (keys.FromSettings && result.Version == before && result.Rewrapped == 0)
            {
                var next = keys.Ring.Versions.Max() + 1;
                await output.WriteLineAsync($"Every data key is already under KEK version {result.Version}. The keys come from the settings: " +
                    $"add {KeyOptions.Section}:Kek:{next} (for example {Convert.ToBase64String(RandomNumberGenerator.GetBytes(KeyRing.KeySize))}), " +
                    $"set {KeyOptions.Section}:Current to {next} on every node, then run this again.");
                return 0;
            }
            await output.WriteLineAsync($"KEK version {result.Version} is current; {result.Rewrapped} data key(s) re-wrapped under it.");
            await output.WriteLineAsync(keys.FromSettings
                ? "Run `steward keys retire` to learn which older versions the settings no longer need."
                : $"Back up the new key file ({keys.FilePath}) apart from the database. `steward keys retire` removes versions no data key uses any more.");
            return 0;
        }));
        return command;
    }

    private static Command Retire(TextWriter output, TextWriter error, Action<IServiceCollection>? configure)
    {
        var data = DataOption();
        var command = new Command("retire", "Remove key-encryption keys that no data key uses any more, so old backups of wrapped keys cannot be opened");
        command.Options.Add(data);
        command.SetAction((parse, ct) => RunAsync(parse, data, error, configure, auditRequired: true, async (services, keys) =>
        {
            var retired = await services.GetRequiredService<KeyRotation>().RetireAsync(Operator, ct);
            await output.WriteLineAsync(retired.Count == 0 ? "No KEK version to retire: every older version still wraps data keys, or there is none."
                : keys.FromSettings ? $"No data key uses KEK version(s) {string.Join(", ", retired)}: remove {string.Join(", ", retired.Select(v => $"{KeyOptions.Section}:Kek:{v}"))} from the settings."
                : $"Retired KEK version(s) {string.Join(", ", retired)}: removed from {keys.Description}.");
            return 0;
        }));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse, Option<string> data, TextWriter error, Action<IServiceCollection>? configure,
        bool auditRequired, Func<IServiceProvider, KeySource, Task<int>> action)
    {
        if (await CommandServices.CreateAsync(parse.GetValue(data), error) is not { } command) return 1;
        var services = command.Services;
        services.AddStewardVault(command.Configuration);
        configure?.Invoke(services);
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        var keys = provider.GetRequiredService<KeySource>();
        if (!keys.Exists)
        {
            await error.WriteLineAsync($"There are no keys yet: {keys.Description} does not exist. Steward creates it on first start.");
            return 1;
        }
        if (auditRequired && scope.ServiceProvider.GetService<IAuditTrail>() is null)
        {
            await error.WriteLineAsync("No audit log is available to record this action, so it was not done.");
            return 1;
        }
        try
        {
            return await action(scope.ServiceProvider, keys);
        }
        catch (KeySourceException e)
        {
            await error.WriteLineAsync(e.Message);
            return 1;
        }
    }
}

using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Steward.Cli;
using Steward.Core.Audit;
using Steward.Core.Vault;
using Steward.Tests.Infrastructure;

namespace Steward.Tests.Vault;

/// <summary><c>steward keys ...</c> on a data folder that a Steward has used.</summary>
public sealed class KeysCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task Status_shows_where_the_keys_are_their_versions_and_how_many_data_keys_each_wraps()
    {
        var options = VaultDatabases.Sqlite(_folder);
        await using (var vault = await VaultHarness.StartAsync(options))
            for (var i = 0; i < 3; i++) await vault.CreateSubjectAsync("visitor", new VaultValue("identity.name", $"P{i}"));

        var run = await CliRun.RunAsync("keys", "status", "--data", options.DataFolder);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains($"the key file {Path.GetFullPath(Path.Combine(options.DataFolder, "keys.json"))}", run.Output, StringComparison.Ordinal);
        Assert.Contains("KEK versions held: 1; version 1 wraps new data keys.", run.Output, StringComparison.Ordinal);
        Assert.Contains("Data keys by KEK version: version 1: 3.", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rotate_then_retire_leave_one_KEK_that_wraps_every_data_key_and_are_audited()
    {
        var options = VaultDatabases.Sqlite(_folder);
        var subjects = new List<Guid>();
        await using (var vault = await VaultHarness.StartAsync(options))
            for (var i = 0; i < 5; i++) subjects.Add(await vault.CreateSubjectAsync("visitor", new VaultValue("identity.name", $"P{i}")));
        var audit = new RecordingAuditTrail();

        var rotate = await RunWithAuditAsync(audit, "rotate", "--data", options.DataFolder, "--batch-size", "2");
        var retire = await RunWithAuditAsync(audit, "retire", "--data", options.DataFolder);
        var status = await CliRun.RunAsync("keys", "status", "--data", options.DataFolder);

        Assert.Equal((0, "KEK version 2 is current; 5 data key(s) re-wrapped under it."), (rotate.ExitCode, rotate.Output.Split('\n')[0]));
        Assert.Equal((0, "Retired KEK version(s) 1"), (retire.ExitCode, retire.Output.Split(':')[0]));
        Assert.Contains("KEK versions held: 2; version 2 wraps new data keys.", status.Output, StringComparison.Ordinal);
        Assert.Contains("version 2: 5.", status.Output, StringComparison.Ordinal);
        Assert.Equal(["keys.rotate", "keys.retire"], audit.Records.Select(r => r.Action));
        Assert.All(audit.Records, r => Assert.Equal("system:steward:cli.keys", r.Actor));
        await using var later = await VaultHarness.StartAsync(options, migrate: false);
        Assert.Equal("P4", (await later.ReadAllAsync(subjects[4])).Single().Value);
    }

    [Fact]
    public async Task Rotate_from_the_command_line_is_recorded_in_the_audit_log_which_still_verifies()
    {
        var options = VaultDatabases.Sqlite(_folder);
        await using (await VaultHarness.StartAsync(options)) { }

        var run = await CliRun.RunAsync("keys", "rotate", "--data", options.DataFolder);
        var verify = await CliRun.RunAsync("audit", "verify", "--data", options.DataFolder);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(0, verify.ExitCode);
        await using var db = Steward.Hosting.Storage.CreateDb(options);
        var entry = Assert.Single(db.Set<Steward.Core.Audit.AuditEntry>().Where(e => e.Action == "keys.rotate"));
        Assert.Equal("system:steward:cli.keys", entry.Actor);
    }

    [Fact]
    public async Task Commands_on_a_folder_without_keys_say_so()
    {
        var run = await CliRun.RunAsync("keys", "status", "--data", _folder.File("empty"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("does not exist. Steward creates it on first start.", run.Error, StringComparison.Ordinal);
    }

    private static async Task<CliRun> RunWithAuditAsync(RecordingAuditTrail audit, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var command = KeysCommands.Create(output, error, services => services.AddSingleton<IAuditTrail>(audit));
        var exit = await command.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return new CliRun(exit, output.ToString(), error.ToString());
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}

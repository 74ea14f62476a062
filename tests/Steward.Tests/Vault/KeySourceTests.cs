using Microsoft.Extensions.Logging;
using Steward.Core.Keys;
using Steward.Core.Vault;
using Steward.Tests.Infrastructure;

namespace Steward.Tests.Vault;

public sealed class KeySourceTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task First_start_creates_a_key_file_only_its_owner_can_read_and_warns_to_protect_and_back_it_up()
    {
        var options = VaultDatabases.Sqlite(_folder);
        await using var vault = await VaultHarness.StartAsync(options);

        var file = Path.Combine(options.DataFolder, "keys.json");
        Assert.True(File.Exists(file));
        if (!OperatingSystem.IsWindows()) Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        var warning = Assert.Single(vault.Logs.Entries, l => l.Level == LogLevel.Warning);
        Assert.Contains(Path.GetFullPath(file), warning.Message, StringComparison.Ordinal);
        Assert.Contains("back it up separately from the database", warning.Message, StringComparison.Ordinal);
        Assert.Equal([1], vault.Keys.Ring.Versions);
    }

    [Fact]
    public async Task A_later_start_uses_the_same_keys_without_a_warning()
    {
        var options = VaultDatabases.Sqlite(_folder);
        Guid subject;
        await using (var first = await VaultHarness.StartAsync(options))
            subject = await first.CreateSubjectAsync("visitor", new VaultValue("contact.email", "same@example.com"));

        await using var second = await VaultHarness.StartAsync(options);
        Assert.DoesNotContain(second.Logs.Entries, l => l.Level >= LogLevel.Warning);
        Assert.Equal([subject], await second.FindByEmailAsync("same@example.com"));
        Assert.Equal("same@example.com", (await second.ReadAllAsync(subject)).Single().Value);
    }

    [Fact]
    public async Task A_lost_key_file_is_not_replaced_while_the_database_holds_subjects()
    {
        var options = VaultDatabases.Sqlite(_folder);
        await using (var first = await VaultHarness.StartAsync(options))
            await first.CreateSubjectAsync("visitor", new VaultValue("identity.name", "Someone"));
        var file = Path.Combine(options.DataFolder, "keys.json");
        File.Delete(file);

        var refused = await Assert.ThrowsAsync<KeySourceException>(() => VaultHarness.StartAsync(options, migrate: false));
        Assert.Contains(Path.GetFullPath(file), refused.Message, StringComparison.Ordinal);
        Assert.Contains("Restore it from its backup", refused.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(file));
    }

    [Fact]
    public async Task Keys_in_the_settings_are_used_and_no_key_file_is_written()
    {
        var options = VaultDatabases.Sqlite(_folder);
        var key = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        await using var vault = await VaultHarness.StartAsync(options, new Dictionary<string, string?> { ["Steward:Keys:Kek:3"] = key, ["Steward:Keys:Index"] = key });

        Assert.Equal((3, true), (vault.Keys.Ring.Current, vault.Keys.FromSettings));
        Assert.False(File.Exists(Path.Combine(options.DataFolder, "keys.json")));
        Assert.DoesNotContain(vault.Logs.Entries, l => l.Level >= LogLevel.Warning);
    }

    [Theory]
    [InlineData("Steward:Keys:Kek:1", "not base64!", "Steward:Keys:Kek:1 is not base64")]
    [InlineData("Steward:Keys:Kek:1", "c2hvcnQ=", "Steward:Keys:Kek:1 is not 32 bytes")]
    [InlineData("Steward:Keys:Kek:one", "c2hvcnQ=", "Steward:Keys:Kek:one is not a numbered version")]
    public async Task A_key_in_the_settings_that_cannot_be_used_stops_the_start_naming_the_setting(string setting, string value, string message)
    {
        var good = Convert.ToBase64String(new byte[32]);
        var refused = await Assert.ThrowsAsync<KeySourceException>(() => VaultHarness.StartAsync(VaultDatabases.Sqlite(_folder),
            new Dictionary<string, string?> { [setting] = value, ["Steward:Keys:Index"] = good }));
        Assert.Equal(message + ".", refused.Message);
        Assert.DoesNotContain(value, refused.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}

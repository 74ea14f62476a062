using Microsoft.EntityFrameworkCore;
using Steward.Core.Catalogue.Model;
using Steward.Core.Retention;
using Steward.Core.Vault;
using Steward.Tests.Infrastructure;
using Steward.Tests.Vault;

namespace Steward.Tests.Retention;

/// <summary><c>steward retention run [--dry-run]</c> on a data folder: a report, and a dry run that changes nothing.</summary>
public sealed class RetentionCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    [Fact]
    public async Task A_dry_run_reports_what_would_go_and_the_real_run_erases_it_and_reports_it()
    {
        var options = VaultDatabases.Sqlite(_folder);
        await using (var db = Steward.Hosting.Storage.CreateDb(options))
        {
            await Steward.Hosting.Storage.MigrateAsync(db, options);
            await RetentionSeed.AddAsync(db, 3, "account_holder", ["contact.email", "account.login_id"], RetentionEvent.Deregistration, DateTimeOffset.UtcNow.AddDays(-2));
        }

        var dry = await CliRun.RunAsync("retention", "run", "--dry-run", "--data", options.DataFolder);
        Assert.Equal(0, dry.ExitCode);
        Assert.Contains("Dry run: nothing was erased.", dry.Output, StringComparison.Ordinal);
        Assert.Matches(@"account_data\s+erase\s+3\s", dry.Output);
        await using (var db = Steward.Hosting.Storage.CreateDb(options))
            Assert.Equal(0, await db.Set<RetentionErasure>().CountAsync());

        var run = await CliRun.RunAsync("retention", "run", "--data", options.DataFolder);
        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"account_data\s+erase\s+3\s+6\s+3", run.Output);
        Assert.Contains("Total: 3 subject(s).", run.Output, StringComparison.Ordinal);
        await using (var db = Steward.Hosting.Storage.CreateDb(options))
            Assert.Equal(3, await db.Set<DataSubject>().CountAsync(s => s.ErasedAt != null));

        Assert.Equal(2, (await CliRun.RunAsync("retention", "run", "--batch-size", "0", "--data", options.DataFolder)).ExitCode);
    }
}

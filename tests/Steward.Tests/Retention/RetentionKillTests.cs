using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Steward.Core.Catalogue.Model;
using Steward.Core.Retention;
using Steward.Core.Vault;
using Steward.Tests.Infrastructure;
using Steward.Tests.Vault;

namespace Steward.Tests.Retention;

/// <summary>A real <c>steward retention run</c> process killed (SIGKILL) half-way through a sweep
/// of a seeded SQLite database, then run again: each expired subject is erased exactly once, and
/// nothing that has not expired is touched.</summary>
public sealed class RetentionKillTests : IDisposable
{
    private static readonly string[] Account = ["contact.email", "account.login_id"];
    private const int Expired = 400;
    private readonly TempFolder _folder = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    [Fact]
    public async Task A_sweep_killed_half_way_and_run_again_erases_each_expired_subject_exactly_once()
    {
        var options = VaultDatabases.Sqlite(_folder);
        List<Guid> expired, active;
        await using (var db = Steward.Hosting.Storage.CreateDb(options))
        {
            await Steward.Hosting.Storage.MigrateAsync(db, options);
            expired = await RetentionSeed.AddAsync(db, Expired, "account_holder", Account, RetentionEvent.Deregistration, DateTimeOffset.UtcNow.AddDays(-1));
            active = await RetentionSeed.AddAsync(db, 20, "account_holder", Account, null, DateTimeOffset.UtcNow.AddDays(-30));
        }
        SqliteConnection.ClearAllPools();

        // 1. A real process sweeps in batches of 20, pausing after each; it is killed once some, not all, are erased.
        int erasedWhenKilled;
        using (var process = Start(options.DataFolder))
        {
            try
            {
                erasedWhenKilled = await WaitForErasuresAsync(options.DataFolder, process, atLeast: 60);
            }
            finally
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }
        }
        Assert.InRange(erasedWhenKilled, 60, Expired - 1);
        await using (var between = Steward.Hosting.Storage.CreateDb(options))
            Assert.InRange(await between.Set<RetentionErasure>().CountAsync(), 60, Expired - 1);
        SqliteConnection.ClearAllPools();

        // 2. Run again (the killed process's lease is left behind; it has to run out first).
        var again = await RunAgainAsync(options.DataFolder);
        Assert.True(again.ExitCode == 0, again.Output + again.Error);

        await using var check = Steward.Hosting.Storage.CreateDb(options);
        var erasures = await check.Set<RetentionErasure>().AsNoTracking().Select(e => e.SubjectId).ToListAsync();
        Assert.Equal(expired.Order(), erasures.Order());
        Assert.All(erasures.GroupBy(e => e), g => Assert.Single(g));
        Assert.Equal(Expired, await check.Set<DataSubject>().CountAsync(s => s.ErasedAt != null && expired.Contains(s.Id)));
        Assert.False(await check.Set<VaultField>().AnyAsync(f => expired.Contains(f.SubjectId)));
        Assert.False(await check.Set<SubjectKey>().AnyAsync(k => expired.Contains(k.SubjectId)));
        Assert.Equal(active.Count * Account.Length, await check.Set<VaultField>().CountAsync(f => active.Contains(f.SubjectId)));
        Assert.Equal(active.Count, await check.Set<SubjectKey>().CountAsync(k => active.Contains(k.SubjectId)));
        Assert.Equal(0, await check.Set<DataSubject>().CountAsync(s => s.ErasedAt != null && active.Contains(s.Id)));
    }

    private static Process Start(string data)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "steward.dll"));
        foreach (var arg in new[] { "retention", "run", "--batch-size", "20", "--data", data }) info.ArgumentList.Add(arg);
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        info.Environment["Steward__Retention__PauseAfterBatch"] = "00:00:00.300";
        return Process.Start(info)!;
    }

    private static async Task<int> WaitForErasuresAsync(string data, Process process, int atLeast)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(120);
        var seen = new List<int>();
        var connection = new SqliteConnectionStringBuilder { DataSource = Path.Combine(data, "steward.db"), Pooling = false }.ToString();
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited) Assert.Fail("the sweep ended before it could be killed: " + await process.StandardError.ReadToEndAsync());
            await using var db = new SqliteConnection(connection);
            await db.OpenAsync();
            await using var count = db.CreateCommand();
            count.CommandText = "SELECT COUNT(*) FROM retention_erasures";
            var erased = Convert.ToInt32(await count.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
            seen.Add(erased);
            if (erased >= atLeast) return erased < Expired ? erased : throw new InvalidOperationException("counts seen: " + string.Join(",", seen.Distinct()));
            await Task.Delay(20);
        }
        throw new TimeoutException("the sweep erased too little in two minutes");
    }

    /// <summary>The second run: refused while the dead process's lease lasts, then, once it has run
    /// out (its end moved into the past, as five minutes would), it takes the lease and finishes.</summary>
    private static async Task<CliRun> RunAgainAsync(string data)
    {
        var first = await CliRun.RunAsync("retention", "run", "--data", data);
        Assert.Contains("Another node is sweeping now", first.Output, StringComparison.Ordinal);
        await using (var db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path.Combine(data, "steward.db"), Pooling = false }.ToString()))
        {
            await db.OpenAsync();
            await using var age = db.CreateCommand();
            age.CommandText = "UPDATE work_leases SET ExpiresAt = $past WHERE Name = 'retention.sweep'";
            age.Parameters.AddWithValue("$past", new Microsoft.EntityFrameworkCore.Storage.ValueConversion.DateTimeOffsetToBinaryConverter().ConvertToProvider(DateTimeOffset.UtcNow.AddMinutes(-1)));
            await age.ExecuteNonQueryAsync();
        }
        return await CliRun.RunAsync("retention", "run", "--data", data);
    }
}

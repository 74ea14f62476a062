using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Steward.Core.Gate;
using Steward.Core.Requests;
using Steward.Core.Storage;
using Steward.Core.Vault;
using Steward.Hosting;
using Steward.Tests.Infrastructure;

namespace Steward.Tests.Requests;

/// <summary>Durability: a real Steward process killed in the middle of an erasure is started again and
/// the case, and the export behind it, finish exactly once.</summary>
public sealed partial class KillTests
{
    [GeneratedRegex(@"Steward is running at (http://127\.0\.0\.1:\d+)/")]
    private static partial Regex RunningAt();

    [Fact]
    public async Task A_process_killed_in_the_middle_of_an_erasure_finishes_it_and_the_export_after_it_exactly_once_on_restart()
    {
        using var data = new TempFolder();
        string erasure, export;
        Guid leaving;

        // 1. Two requests received and started while no worker runs.
        await using (var app = await StartInProcessAsync(data.Path, worker: false))
        {
            using var scope = app.Services.CreateScope();
            var writer = scope.ServiceProvider.GetRequiredService<VaultWriter>();
            var cases = scope.ServiceProvider.GetRequiredService<RequestCases>();
            leaving = await writer.CreateSubjectAsync("account_holder", [new VaultValue("contact.email", "leaving@example.org"), new VaultValue("identity.name", "Han Meimei")], ActorRef.Steward("test"));
            var staying = await writer.CreateSubjectAsync("account_holder", [new VaultValue("contact.email", "staying@example.org")], ActorRef.Steward("test"));
            erasure = (await cases.OpenAsync(new NewCase(RequestKind.Erasure, RequestChannel.PrivacyCenter, leaving, "eu", "en") { StartNow = true }, ActorRef.Subject(leaving))).Reference;
            export = (await cases.OpenAsync(new NewCase(RequestKind.Portability, RequestChannel.PrivacyCenter, staying, "eu", "en") { StartNow = true }, ActorRef.Subject(staying))).Reference;
            await app.StopAsync();
        }
        SqliteConnection.ClearAllPools();

        // 2. A real process takes them up, pausing after each step; it is killed once the erasure is under way.
        using (var process = Start(data.Path))
        {
            try
            {
                await WaitForAddressAsync(process);
                await WaitForStepAsync(data.Path, erasure, "Notify");
            }
            finally
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }
        }
        Assert.Equal("Processing", await ReadAsync(data.Path, $"SELECT State FROM rights_cases WHERE Reference = '{erasure}'"));
        SqliteConnection.ClearAllPools();

        // 3. Started again, it finishes both, once.
        await using (var app = await StartInProcessAsync(data.Path, worker: true))
        {
            var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
            List<RightsCase> done;
            while (true)
            {
                using var scope = app.Services.CreateScope();
                done = await scope.ServiceProvider.GetRequiredService<StewardDb>().Set<RightsCase>().AsNoTracking().ToListAsync();
                if (done.All(c => c.State == CaseState.Completed)) break;
                Assert.True(DateTime.UtcNow < deadline, "the cases did not finish after the restart");
                await Task.Delay(50);
            }
            using (var scope = app.Services.CreateScope())
            {
                var cases = scope.ServiceProvider.GetRequiredService<RequestCases>();
                foreach (var c in done)
                {
                    var history = (await cases.HistoryAsync(c.Id)).Select(e => e.Action).ToList();
                    Assert.Equal(1, history.Count(a => a == "completed"));
                    Assert.Equal(1, history.Count(a => a == "replied"));
                    Assert.Equal(1, history.Count(a => a == "applied"));
                }
                Assert.Empty(await scope.ServiceProvider.GetRequiredService<VaultReader>().FindByEmailAsync("leaving@example.org"));
            }
            await app.StopAsync();
        }

        var mail = Directory.GetFiles(Path.Combine(data.Path, "mail"), "*.eml").Select(f => MimeMessage.Load(f)).ToList();
        Assert.Single(mail, m => (m.Subject ?? "").Contains(erasure, StringComparison.Ordinal) && m.To.ToString().Contains("leaving@example.org", StringComparison.Ordinal));
        Assert.Single(mail, m => (m.Subject ?? "").Contains(export, StringComparison.Ordinal) && m.To.ToString().Contains("staying@example.org", StringComparison.Ordinal));
        SqliteConnection.ClearAllPools();
    }

    private static async Task<WebApplication> StartInProcessAsync(string data, bool worker)
    {
        var app = StewardApp.Create(new Dictionary<string, string?>
        {
            ["Urls"] = "http://127.0.0.1:0",
            ["Steward:DataFolder"] = data,
            ["Steward:Database:Provider"] = "Sqlite",
            ["Steward:Requests:Worker"] = worker ? "true" : "false",
            ["Logging:LogLevel:Default"] = "Warning",
        });
        await app.StartAsync();
        return app;
    }

    private static Process Start(string data)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "steward.dll"));
        foreach (var arg in new[] { "serve", "--urls", "http://127.0.0.1:0", "--data", data }) info.ArgumentList.Add(arg);
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        info.Environment["Steward__Requests__PauseAfterStep"] = "00:05:00";
        info.Environment.Remove("ASPNETCORE_URLS");
        return Process.Start(info)!;
    }

    private static async Task WaitForAddressAsync(Process process)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            if (RunningAt().IsMatch(line)) return;
        throw new InvalidOperationException("Steward exited before printing its address: " + await process.StandardError.ReadToEndAsync());
    }

    private static async Task WaitForStepAsync(string data, string reference, string step)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (await ReadAsync(data, $"SELECT Step FROM rights_cases WHERE Reference = '{reference}'") != step)
        {
            Assert.True(DateTime.UtcNow < deadline, $"{reference} never reached step {step}");
            await Task.Delay(50);
        }
    }

    private static async Task<string?> ReadAsync(string data, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(data, "steward.db")};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (await command.ExecuteScalarAsync())?.ToString();
    }
}

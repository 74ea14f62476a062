using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Steward.Tests.Infrastructure;

namespace Steward.Tests.Staff;

/// <summary>Steward's first start: no default password, only a one-time link for the first administrator.</summary>
public sealed partial class FirstStartTests
{
    [GeneratedRegex(@"^  (http://127\.0\.0\.1:\d+/console/setup/[A-Za-z0-9_-]{43})$")]
    private static partial Regex SetupLinkLine();

    [Fact]
    public async Task The_first_start_prints_a_set_up_link_and_creates_no_account_or_password()
    {
        using var data = new TempFolder();
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "steward.dll"), "serve", "--urls", "http://127.0.0.1:0", "--data", data.Path }) info.ArgumentList.Add(arg);
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        using var process = Process.Start(info)!;
        try
        {
            var lines = new List<string>();
            string? link = null;
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            {
                lines.Add(line);
                if (SetupLinkLine().Match(line) is { Success: true } match) link = match.Groups[1].Value;
                // The log is written on its own thread: wait for it as well as for the address.
                if (link is not null && lines.Any(IsSetupLog) && lines.Any(l => l.StartsWith("Steward is running at", StringComparison.Ordinal))) break;
            }
            Assert.NotNull(link);
            Assert.Contains(lines, l => l.StartsWith("No administrator exists yet.", StringComparison.Ordinal));
            // The log line carries the link and nothing secret besides.
            var logLine = Assert.Single(lines, IsSetupLog);
            Assert.Contains(link, logLine);

            using (var db = new SqliteConnection($"Data Source={Path.Combine(data.Path, "steward.db")};Mode=ReadOnly;Pooling=False"))
            {
                await db.OpenAsync();
                using var count = db.CreateCommand();
                count.CommandText = "SELECT COUNT(*) FROM staff_users";
                Assert.Equal(0L, await count.ExecuteScalarAsync());
                count.CommandText = "SELECT COUNT(*) FROM staff_invitations WHERE FirstAdministrator = 1 AND UsedAt IS NULL";
                Assert.Equal(1L, await count.ExecuteScalarAsync());
            }

            using var http = new HttpClient();
            var response = await http.GetAsync(link);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("this account becomes Steward's first administrator", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    private static bool IsSetupLog(string line) => line.Contains("\"Steward.Staff.FirstAdministratorSetup\"", StringComparison.Ordinal);

    [Fact]
    public async Task Once_an_administrator_exists_a_restart_prints_no_link()
    {
        using var database = new TempFolder();
        var settings = new Dictionary<string, string?> { ["Steward:Database:ConnectionString"] = $"Data Source={database.File("steward.db")}" };
        await using (var first = await StaffSite.StartAsync(settings))
        {
            await first.SetUpAdministratorAsync();
        }
        await using var second = await StaffSite.StartAsync(settings);
        Assert.DoesNotContain("/console/setup/", second.Output.ToString());
        SqliteConnection.ClearAllPools();
    }

    [Fact]
    public async Task A_restart_without_an_administrator_prints_a_new_link_and_withdraws_the_old()
    {
        using var database = new TempFolder();
        var settings = new Dictionary<string, string?> { ["Steward:Database:ConnectionString"] = $"Data Source={database.File("steward.db")}" };
        string oldLink;
        await using (var first = await StaffSite.StartAsync(settings))
        {
            oldLink = first.SetupLink();
        }
        await using var second = await StaffSite.StartAsync(settings);
        using var browser = second.Browser();
        Assert.NotEqual(oldLink, second.SetupLink());
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync(oldLink)).Status);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync(second.SetupLink())).Status);
        SqliteConnection.ClearAllPools();
    }
}

using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Steward.Tests.Infrastructure;

namespace Steward.Tests.Cli;

/// <summary>The built executable, started as the README's run command starts it, in its own process.</summary>
public sealed partial class RunCommandTests
{
    [GeneratedRegex(@"Steward is running at (http://127\.0\.0\.1:\d+)/")]
    private static partial Regex RunningAt();

    [Fact]
    public async Task Serve_creates_its_database_on_first_start_serves_the_default_notice_and_stops_cleanly()
    {
        using var data = new TempFolder();
        using var process = Start("serve", "--urls", "http://127.0.0.1:0", "--data", data.Path);
        try
        {
            var address = await WaitForAddressAsync(process);
            using var http = new HttpClient { BaseAddress = new Uri(address + "/") };

            var catalogue = await http.GetFromJsonAsync<JsonElement>("api/catalogue");
            var site = catalogue.GetProperty("sites")[0].GetProperty("id").GetString();
            var en = await http.GetStringAsync($"notice/{site}?lang=en");
            var zh = await http.GetStringAsync($"notice/{site}?lang=zh-CN");

            Assert.Contains("Privacy notice", en);
            Assert.Contains("隐私声明", zh);
            Assert.True(File.Exists(Path.Combine(data.Path, "steward.db")), "the SQLite file is created in the data folder");
        }
        finally
        {
            using var term = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            await term.WaitForExitAsync();
        }
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await process.WaitForExitAsync(timeout.Token);
        Assert.Equal(0, process.ExitCode);
    }

    [Fact]
    public async Task Serve_refuses_to_start_on_a_broken_catalogue_and_names_the_mistake()
    {
        using var data = new TempFolder();
        var broken = data.File("broken.yaml");
        File.WriteAllText(broken, File.ReadAllText(TestPaths.Sample("minimal.yaml")).Replace("    region: eu", "    region: mars", StringComparison.Ordinal));
        using var process = Start("serve", "--urls", "http://127.0.0.1:0", "--data", data.Path, "--catalogue", broken);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var error = await process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        Assert.Equal(1, process.ExitCode);
        Assert.Matches(@"broken\.yaml:\d+:\d+: unknown region 'mars'", error);
    }

    [Fact]
    public async Task The_address_can_be_set_by_ASPNETCORE_URLS()
    {
        using var data = new TempFolder();
        var port = FreePort();
        using var process = Start(new Dictionary<string, string> { ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}" }, "serve", "--data", data.Path);
        try
        {
            Assert.Equal($"http://127.0.0.1:{port}", await WaitForAddressAsync(process));
        }
        finally
        {
            process.Kill();
            await process.WaitForExitAsync();
        }
    }

    [Theory]
    [InlineData("Steward__Database__Provider", "Mysql", "Mysql")]
    [InlineData("Steward__Database__Provider", "Postgres", "ConnectionString is required")]
    public async Task Bad_settings_stop_the_start_with_one_clear_line_and_no_stack_trace(string name, string value, string expected)
    {
        using var data = new TempFolder();
        using var process = Start(new Dictionary<string, string> { [name] = value }, "serve", "--urls", "http://127.0.0.1:0", "--data", data.Path);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var error = await process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        Assert.Equal(1, process.ExitCode);
        Assert.StartsWith("Steward could not start", error, StringComparison.Ordinal);
        Assert.Contains(expected, error);
        Assert.DoesNotContain("   at ", error);
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static Process Start(params string[] args) => Start(new Dictionary<string, string>(), args);

    private static Process Start(Dictionary<string, string> environment, params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "steward.dll");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(dll);
        foreach (var arg in args) info.ArgumentList.Add(arg);
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        info.Environment.Remove("ASPNETCORE_URLS");
        foreach (var (key, value) in environment) info.Environment[key] = value;
        return Process.Start(info)!;
    }

    private static async Task<string> WaitForAddressAsync(Process process)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (RunningAt().Match(line) is { Success: true } match) return match.Groups[1].Value;
        }
        throw new InvalidOperationException("Steward exited before printing its address: " + await process.StandardError.ReadToEndAsync());
    }
}

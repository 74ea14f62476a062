using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Npgsql;

namespace Steward.Tests.Infrastructure;

/// <summary>
/// A real, throwaway PostgreSQL server started from the machine's binaries: its own temporary
/// folder, a free port on 127.0.0.1, trust authentication, and no durability (tests only).
/// </summary>
/// <remarks>
/// Tests share one server for the whole run through <see cref="Shared"/>, and each test takes its
/// own database from <see cref="CreateDatabaseAsync"/>. A static instance rather than an xunit
/// collection fixture: test classes in one collection would run one after another.
/// </remarks>
public sealed partial class PostgresServer : IAsyncDisposable
{
    private const string SuperUser = "postgres";
    private const int StartAttempts = 3;
    private static readonly Lazy<Task<PostgresServer>> SharedServer = new(() => StartAsync());

    private readonly PgTools tools;
    private readonly string folder;
    private readonly NpgsqlDataSource admin;
    private readonly Process watchdog;
    private int stopped;

    private PostgresServer(PgTools tools, string folder, int port, Process watchdog)
    {
        this.tools = tools;
        this.folder = folder;
        this.watchdog = watchdog;
        Port = port;
        admin = NpgsqlDataSource.Create(ConnectionString(SuperUser));
        AppDomain.CurrentDomain.ProcessExit += OnProcessExit;
    }

    /// <summary>The one server of this test run, started by the first test that awaits it.</summary>
    public static Task<PostgresServer> Shared => SharedServer.Value;

    public int Port { get; }

    public string DataDirectory => DataDirectoryIn(folder);

    /// <summary>Starts a server of its own; most tests want <see cref="Shared"/> instead.</summary>
    public static async Task<PostgresServer> StartAsync()
    {
        var tools = await PgTools.LocateAsync();
        var folder = CreateFolder();
        // From here on, should anything fail, the folder and any half-started server are left to the
        // watchdog: they go when the test process ends, and the server log stays readable until then.
        var watchdog = ServerWatchdog.Start(folder, tools.Command("pg_ctl", StopArguments(folder)));
        try
        {
            await tools.HandOverAsync(folder);
            await tools.RunAsync(folder, "initdb", "-D", DataDirectoryIn(folder), "-U", SuperUser,
                "-A", "trust", "--encoding=UTF8", "--locale=C", "--no-sync");
            var port = await StartServerAsync(tools, folder);
            return new PostgresServer(tools, folder, port, watchdog);
        }
        catch
        {
            watchdog.Dispose(); // Lets go of the handle; the watchdog itself keeps running.
            throw;
        }
    }

    public string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = SuperUser,
        Database = database,
        IncludeErrorDetail = true,
    }.ConnectionString;

    /// <summary>Creates an empty database and returns a connection string to it.</summary>
    /// <param name="name">Lower-case letters, digits and underscores; a unique name when null.</param>
    public async Task<string> CreateDatabaseAsync(string? name = null)
    {
        name ??= $"test_{Guid.NewGuid():N}";
        if (!DatabaseName().IsMatch(name))
        {
            throw new ArgumentException($"'{name}' is not a plain database name.", nameof(name));
        }

        await using var command = admin.CreateCommand($"CREATE DATABASE \"{name}\"");
        await command.ExecuteNonQueryAsync();
        return ConnectionString(name);
    }

    public async ValueTask DisposeAsync()
    {
        AppDomain.CurrentDomain.ProcessExit -= OnProcessExit;
        await StopAsync();
    }

    private static async Task<int> StartServerAsync(PgTools tools, string folder)
    {
        var logFile = Path.Combine(folder, "server.log");
        for (var attempt = 1; ; attempt++)
        {
            // The port is free now; another process may take it before the server binds it, hence the retry.
            var port = FreeLoopbackPort();
            var options = $"-c listen_addresses=127.0.0.1 -p {port} -c unix_socket_directories='' " +
                "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200";
            try
            {
                await tools.RunAsync(folder, "pg_ctl", "start", "-w", "-t", "60",
                    "-D", DataDirectoryIn(folder), "-l", logFile, "-o", options);
                return port;
            }
            catch (Exception failure) when (failure is InvalidOperationException or TimeoutException)
            {
                var log = LogTail(logFile);
                if (attempt < StartAttempts && log.Contains("could not bind", StringComparison.Ordinal))
                {
                    continue;
                }

                throw new InvalidOperationException(
                    $"PostgreSQL did not start on port {port}.\n{failure.Message}\nServer log ({logFile}):\n{log}",
                    failure);
            }
        }
    }

    // In memory (tmpfs) where the machine has it: CREATE DATABASE is ten times faster there than on disk.
    private static string CreateFolder()
    {
        var parent = Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath();
        var folder = Path.Combine(parent, $"steward-pg-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        return folder;
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static string LogTail(string logFile) =>
        File.Exists(logFile) ? string.Join('\n', File.ReadLines(logFile).TakeLast(30)) : "(no log)";

    private static string DataDirectoryIn(string folder) => Path.Combine(folder, "data");

    private static string[] StopArguments(string folder) =>
        ["stop", "-w", "-D", DataDirectoryIn(folder), "-m", "immediate"];

    // The test host is killed about 100 ms after it starts to exit: too soon for `pg_ctl stop -w`.
    // Signal an immediate shutdown (SIGQUIT) to the postmaster and leave the files to the watchdog.
    private void OnProcessExit(object? sender, EventArgs e)
    {
        var pidFile = Path.Combine(DataDirectory, "postmaster.pid");
        if (File.Exists(pidFile))
        {
            using var kill = Process.Start("kill", ["-QUIT", File.ReadLines(pidFile).First()]);
        }
    }

    private async Task StopAsync()
    {
        if (Interlocked.Exchange(ref stopped, 1) == 1)
        {
            return;
        }

        await admin.DisposeAsync();
        try
        {
            await tools.RunAsync(folder, "pg_ctl", StopArguments(folder));
        }
        finally
        {
            watchdog.Kill();
            watchdog.Dispose();
            Directory.Delete(folder, recursive: true);
        }
    }

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$")]
    private static partial Regex DatabaseName();
}

using System.Diagnostics;

namespace Steward.Tests.Infrastructure;

/// <summary>
/// A detached shell loop that stops the server and removes its folder once the test process is
/// gone, even when that process was killed and never ran its exit handlers.
/// </summary>
internal static class ServerWatchdog
{
    private const string Script = """
        owner=$1; folder=$2; shift 2
        while kill -0 "$owner" 2>/dev/null; do sleep 0.5; done
        [ -d "$folder/data" ] && "$@"
        rm -rf "$folder"
        """;

    /// <param name="folder">The server's temporary folder, removed at the end.</param>
    /// <param name="stop">The command (file name and arguments) that stops the server.</param>
    public static Process Start(string folder, (string FileName, List<string> Arguments) stop)
    {
        // setsid: its own session, so a signal sent to the test process group does not reach it.
        var startInfo = new ProcessStartInfo("setsid")
        {
            UseShellExecute = false,
            WorkingDirectory = "/",
            // Redirected, so that it holds none of the test process's own output streams open.
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        string[] arguments =
        [
            "bash", "-c", $"exec </dev/null >/dev/null 2>&1\n{Script}", "steward-pg-watchdog",
            Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture), folder,
            stop.FileName, .. stop.Arguments,
        ];
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        return Process.Start(startInfo)
            ?? throw new InvalidOperationException("Could not start the PostgreSQL watchdog.");
    }
}

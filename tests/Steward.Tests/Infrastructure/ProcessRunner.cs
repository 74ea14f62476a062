using System.Diagnostics;

namespace Steward.Tests.Infrastructure;

/// <summary>Runs a command to completion, capturing its output, within a time limit.</summary>
internal static class ProcessRunner
{
    /// <summary>Returns standard output; throws with standard error when the command fails or times out.</summary>
    public static async Task<string> RunAsync(
        string fileName, IReadOnlyList<string> arguments, string workingDirectory, TimeSpan timeout)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        var commandLine = string.Join(' ', arguments.Prepend(fileName).Select(a => a.Contains(' ') ? $"\"{a}\"" : a));
        using var process = Process.Start(startInfo)
            ?? throw new InvalidOperationException($"Could not start `{commandLine}`.");
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();

        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"`{commandLine}` did not finish within {timeout}.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"`{commandLine}` exited with code {process.ExitCode}.\n{await error}\n{await output}".TrimEnd());
        }

        return await output;
    }
}

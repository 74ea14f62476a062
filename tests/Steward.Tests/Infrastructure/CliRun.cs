using Steward.Cli;

namespace Steward.Tests.Infrastructure;

/// <summary>Runs a <c>steward</c> command in process and captures what it prints.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static async Task<CliRun> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await StewardCli.RunAsync(args, output, error);
        return new CliRun(exit, output.ToString(), error.ToString());
    }
}

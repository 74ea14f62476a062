using System.CommandLine;

namespace Steward.Cli;

/// <summary>The one executable's commands: <c>steward serve</c> (the default), <c>steward migrate</c>,
/// <c>steward catalogue ...</c>. A mistake on the command line prints usage and exits 2.</summary>
public static class StewardCli
{
    public const int UsageError = 2;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        var root = new RootCommand("Steward keeps every promise of a privacy policy, and can prove it.");
        var serve = ServeCommand.Create(output, error);
        root.Subcommands.Add(serve);
        root.Subcommands.Add(MigrateCommand.Create(output, error));
        root.Subcommands.Add(CatalogueCommands.Create(output, error));
        root.Subcommands.Add(AuditCommands.Create(output, error));
        root.Subcommands.Add(KeysCommands.Create(output, error));
        root.Subcommands.Add(RetentionCommands.Create(output, error));
        root.SetAction((parse, ct) => ServeCommand.RunAsync(parse, output, error, ct)); // bare `steward` serves

        var result = root.Parse(args);
        var exit = await result.InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, cancellationToken);
        return result.Errors.Count > 0 ? UsageError : exit;
    }
}

using System.CommandLine;
using Steward.Hosting;

namespace Steward.Cli;

internal static class MigrateCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var command = new Command("migrate", "Create the database or bring its schema up to date, then exit");
        command.SetAction(async (_, ct) =>
        {
            IReadOnlyList<string> applied;
            StewardOptions options;
            try
            {
                options = StewardConfiguration.Options();
                if (new StewardOptionsValidator().Validate(null, options) is { Failed: true } invalid)
                {
                    await error.WriteLineAsync(invalid.FailureMessage);
                    return 1;
                }
                await using var db = Storage.CreateDb(options);
                applied = await Storage.MigrateAsync(db, options, ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                await error.WriteLineAsync(StartupFailure.Describe(ex).Replace("could not start", "could not migrate", StringComparison.Ordinal));
                return 1;
            }
            await output.WriteLineAsync(applied.Count == 0
                ? $"The {options.Database.Provider} database is up to date."
                : $"Applied {applied.Count} migration(s) to the {options.Database.Provider} database: {string.Join(", ", applied)}");
            return 0;
        });
        return command;
    }
}

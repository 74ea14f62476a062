using Microsoft.Extensions.Options;
using Steward.Core.Catalogue;

namespace Steward.Cli;

/// <summary>Turns what stopped Steward from starting into what to fix, without a stack trace.</summary>
internal static class StartupFailure
{
    public static string Describe(Exception ex) => ex switch
    {
        InvalidCatalogueException or OptionsValidationException => "Steward could not start. " + ex.Message,
        IOException { Message: var m } when m.Contains("address already in use", StringComparison.OrdinalIgnoreCase) =>
            $"Steward could not start: {m} Choose another address with --urls or the Urls setting.",
        _ => $"Steward could not start: {Innermost(ex).Message}",
    };

    private static Exception Innermost(Exception ex)
    {
        while (ex.InnerException is not null) ex = ex.InnerException;
        return ex;
    }
}

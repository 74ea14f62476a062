using Microsoft.Extensions.Options;

namespace Steward.Hosting;

/// <summary>Refuses to start on settings that cannot work, naming the setting to fix.</summary>
public sealed class StewardOptionsValidator : IValidateOptions<StewardOptions>
{
    public ValidateOptionsResult Validate(string? name, StewardOptions options)
    {
        var failures = new List<string>();
        if (options.Database.Provider == DatabaseProvider.Postgres && string.IsNullOrWhiteSpace(options.Database.ConnectionString))
            failures.Add("Steward:Database:ConnectionString is required when Steward:Database:Provider is Postgres.");
        if (string.IsNullOrWhiteSpace(options.DataFolder))
            failures.Add("Steward:DataFolder must name a folder.");
        if (!string.IsNullOrWhiteSpace(options.Catalogue) && !File.Exists(options.Catalogue))
            failures.Add($"Steward:Catalogue names a file that does not exist: {options.Catalogue}");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

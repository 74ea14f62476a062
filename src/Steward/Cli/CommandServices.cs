using Steward.Audit;
using Steward.Core.Catalogue;
using Steward.Core.Storage;
using Steward.Hosting;

namespace Steward.Cli;

/// <summary>What a command that works on Steward's database needs without the web host: the settings
/// (with <c>--data</c> over every other source), checked, and the services every such command shares
/// (clock, catalogue, database, audit log). The command adds its own and builds the provider.</summary>
internal sealed record CommandServices(IConfiguration Configuration, StewardOptions Options, ServiceCollection Services)
{
    /// <summary>Null, after writing why to <paramref name="error"/>, when the settings cannot work.</summary>
    public static async Task<CommandServices?> CreateAsync(string? dataFolder, TextWriter error)
    {
        var overrides = new Dictionary<string, string?>();
        if (dataFolder is not null) overrides["Steward:DataFolder"] = dataFolder;
        var configuration = StewardConfiguration.Configuration(overrides);
        var options = StewardConfiguration.Options(configuration);
        if (new StewardOptionsValidator().Validate(null, options) is { Failed: true } invalid)
        {
            await error.WriteLineAsync(invalid.FailureMessage);
            return null;
        }
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(_ => LoadedCatalogue.Load(options.Catalogue));
        services.AddDbContext<StewardDb>(o => o.UseStewardDatabase(options));
        services.AddOptions<StewardOptions>().Bind(configuration.GetSection(StewardOptions.Section));
        services.AddStewardAudit(configuration);
        return new CommandServices(configuration, options, services);
    }
}

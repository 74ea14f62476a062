using Steward.Hosting;

namespace Steward.Cli;

/// <summary>The settings the administrative commands read: the same sources, in the same order, as
/// the web host (appsettings.json beside the executable, the environment's one, environment variables).</summary>
internal static class StewardConfiguration
{
    public static StewardOptions Options() => Options(Configuration());

    public static StewardOptions Options(IConfiguration configuration)
    {
        var options = new StewardOptions();
        configuration.GetSection(StewardOptions.Section).Bind(options);
        return options;
    }

    /// <param name="overrides">Settings given on the command line, over every other source.</param>
    public static IConfiguration Configuration(IDictionary<string, string?>? overrides = null)
    {
        var environment = Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT")
            ?? Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") ?? "Production";
        return new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddJsonFile($"appsettings.{environment}.json", optional: true)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(overrides ?? new Dictionary<string, string?>())
            .Build();
    }
}

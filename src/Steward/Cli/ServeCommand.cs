using System.CommandLine;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using Steward.Core.Catalogue;
using Steward.Core.Keys;
using Steward.Hosting;

namespace Steward.Cli;

internal static class ServeCommand
{
    private static readonly Option<string> Urls = new("--urls") { Description = "Addresses to listen on, separated by ';' (default http://127.0.0.1:5080)" };
    private static readonly Option<string> Catalogue = new("--catalogue") { Description = "Policy catalogue file (default: the embedded default policy)" };
    private static readonly Option<string> Data = new("--data") { Description = "Data folder for the SQLite file and keys (default ./data)" };

    public static Command Create(TextWriter output, TextWriter error)
    {
        var command = new Command("serve", "Run Steward: API, Privacy Center, Console and site pages (the default command)");
        command.Options.Add(Urls);
        command.Options.Add(Catalogue);
        command.Options.Add(Data);
        command.SetAction((parse, ct) => RunAsync(parse, output, error, ct));
        return command;
    }

    public static async Task<int> RunAsync(ParseResult parse, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var settings = new Dictionary<string, string?>();
        if (parse.GetValue(Urls) is { } urls) settings["Urls"] = urls;
        if (parse.GetValue(Catalogue) is { } catalogue) settings["Steward:Catalogue"] = catalogue;
        if (parse.GetValue(Data) is { } data) settings["Steward:DataFolder"] = data;

        WebApplication? app = null;
        try
        {
            app = StewardApp.Create(settings);
            await app.StartAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            await error.WriteLineAsync(StartupFailure.Describe(ex));
            if (app is not null) await app.DisposeAsync();
            return 1;
        }
        await using var running = app;
        PrintAddresses(app, output);
        await app.WaitForShutdownAsync(cancellationToken);
        return 0;
    }

    private static void PrintAddresses(WebApplication app, TextWriter output)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var catalogue = app.Services.GetRequiredService<LoadedCatalogue>();
        var first = catalogue.Policy.Sites.FirstOrDefault()?.Id;
        foreach (var address in addresses)
        {
            output.WriteLine($"Steward is running at {address}/");
            if (first is not null)
            {
                output.WriteLine($"  Privacy notice: {address}/notice/{first}  (中文: {address}/notice/{first}?lang=zh-CN)");
            }
            output.WriteLine($"  API reference:  {address}/api/reference");
            output.WriteLine($"  Health:         {address}/health");
        }
        output.Flush();
    }
}

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Steward.Hosting;

namespace Steward.Tests.Infrastructure;

/// <summary>Steward as it really runs, on Kestrel on a free loopback port, with its own data folder.
/// Tests talk to it over HTTP like any client.</summary>
internal sealed class StewardServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly TempFolder _data;

    public HttpClient Client { get; }
    public Uri Address { get; }
    public IServiceProvider Services => _app.Services;

    private StewardServer(WebApplication app, Uri address, TempFolder data)
    {
        _app = app;
        _data = data;
        Address = address;
        Client = new HttpClient { BaseAddress = address };
    }

    /// <summary>Starts Steward on SQLite in a fresh data folder, or on the PostgreSQL database given;
    /// <paramref name="services"/> replaces services after Steward's own (a fake clock, a test double).</summary>
    public static async Task<StewardServer> StartAsync(string? catalogue = null, string? postgres = null, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var data = new TempFolder();
        var all = new Dictionary<string, string?>
        {
            ["Urls"] = "http://127.0.0.1:0",
            ["Steward:DataFolder"] = data.Path,
            ["Steward:Catalogue"] = catalogue ?? "",
            ["Steward:Database:Provider"] = postgres is null ? "Sqlite" : "Postgres",
            ["Steward:Database:ConnectionString"] = postgres ?? "",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) all[key] = value;
        var app = StewardApp.Create(all, services);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new StewardServer(app, new Uri(address + "/"), data);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools(); // release the file before deleting it
        _data.Dispose();
    }
}

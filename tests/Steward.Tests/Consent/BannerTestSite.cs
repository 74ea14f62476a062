using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Steward.Core.Consent;
using Steward.Tests.Infrastructure;

namespace Steward.Tests.Consent;

/// <summary>A registered site of another origin that embeds the banner with one script tag, as a site
/// owner would: a tiny Kestrel on a loopback port, with an analytics and a marketing script tagged
/// <c>type="text/plain" data-category</c>, and Steward running on a catalogue that lists this origin.</summary>
internal sealed class BannerTestSite : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly TempFolder _folder = new();

    public Uri Origin { get; }
    public StewardServer Steward { get; private set; } = null!;

    private BannerTestSite(WebApplication app, Uri origin)
    {
        _app = app;
        Origin = origin;
    }

    /// <param name="changes">Replaces text in the default catalogue: (old, new) pairs, for a changed policy.</param>
    public static async Task<BannerTestSite> StartAsync(params (string Old, string New)[] changes)
    {
        BannerTestSite? site = null;
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapGet("/{site}", (string site, string? lang) => Results.Content(Page(site, lang ?? "en", SiteSteward()), "text/html; charset=utf-8"));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        site = new BannerTestSite(app, new Uri(address + "/"));
        await site.StartStewardAsync(changes);
        return site;

        Uri? SiteSteward() => site?.Steward.Address;
    }

    /// <summary>Stops Steward and starts it again on the default catalogue with these changes, on the same data.</summary>
    public async Task StartStewardAsync(params (string Old, string New)[] changes)
    {
        var origin = Origin.GetLeftPart(UriPartial.Authority);
        var yaml = (await File.ReadAllTextAsync(TestPaths.DefaultCatalogue))
            .Replace("url: https://eu.hirain.com", "url: " + origin, StringComparison.Ordinal)
            .Replace("url: https://www.hirain.com", "url: " + origin, StringComparison.Ordinal);
        foreach (var (old, replacement) in changes)
        {
            Assert.Contains(old, yaml, StringComparison.Ordinal);
            yaml = yaml.Replace(old, replacement, StringComparison.Ordinal);
        }
        var catalogue = _folder.File($"catalogue-{Guid.NewGuid():n}.yaml");
        await File.WriteAllTextAsync(catalogue, yaml);
        if (Steward is not null) await Steward.DisposeAsync();
        Steward = await StewardServer.StartAsync(catalogue);
    }

    /// <summary>Every banner record of the visitor whose id the browser's consent cookie holds, once
    /// at least <paramref name="count"/> have arrived (the banner posts them in the background).</summary>
    public async Task<IReadOnlyList<ConsentRecord>> RecordsAsync(Microsoft.Playwright.IBrowserContext context, int count)
    {
        for (var attempt = 0; ; attempt++)
        {
            var cookie = (await context.CookiesAsync()).FirstOrDefault(c => c.Name == "stw_consent");
            if (cookie is not null && Guid.TryParse(cookie.Value.Split(':')[1], out var visitor))
            {
                await using var scope = Steward.Services.CreateAsyncScope();
                var records = await scope.ServiceProvider.GetRequiredService<BannerChoices>().HistoryAsync(visitor);
                if (records.Count >= count) return records;
            }
            if (attempt > 100) throw new TimeoutException($"fewer than {count} banner records arrived");
            await Task.Delay(100);
        }
    }

    private static string Page(string site, string lang, Uri? steward) => $$"""
        <!DOCTYPE html>
        <html lang="{{lang}}">
        <head>
        <meta charset="utf-8">
        <title>Demo site</title>
        <script src="{{steward}}banner.js" data-site="{{site}}"></script>
        </head>
        <body>
        <main>
        <h1>Demo site</h1>
        <p>Products and news.</p>
        <p><a href="#" data-cookie-settings>Cookie settings</a></p>
        </main>
        <script type="text/plain" data-category="analytics">document.cookie = 'stw_analytics=a1; path=/'; window.analyticsRan = true;</script>
        <script type="text/plain" data-category="marketing">document.cookie = 'stw_campaign=c1; path=/'; window.marketingRan = true;</script>
        </body>
        </html>
        """;

    public async ValueTask DisposeAsync()
    {
        await Steward.DisposeAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _folder.Dispose();
    }
}

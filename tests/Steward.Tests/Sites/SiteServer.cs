using Microsoft.Extensions.DependencyInjection;
using Steward.Tests.Infrastructure;

namespace Steward.Tests.Sites;

/// <summary>Steward on the default catalogue with mail going to a real SMTP server in the test, and a
/// rate limit high enough for tests that post many forms (the limit itself is tested apart).</summary>
internal sealed class SiteServer : IAsyncDisposable
{
    private SiteServer(StewardServer server, SmtpTestServer smtp)
    {
        Server = server;
        Smtp = smtp;
    }

    public StewardServer Server { get; }
    public SmtpTestServer Smtp { get; }

    public static async Task<SiteServer> StartAsync(IDictionary<string, string?>? settings = null, TimeProvider? clock = null)
    {
        var smtp = SmtpTestServer.Start();
        var all = smtp.Settings();
        all["Steward:Collection:IntakePermitLimit"] = "10000";
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) all[key] = value;
        var server = await StewardServer.StartAsync(settings: all, services: services =>
        {
            if (clock is not null) services.AddSingleton(clock);
        });
        return new SiteServer(server, smtp);
    }

    public SiteVisitor Visitor() => new(Server);

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        await Smtp.DisposeAsync();
    }
}

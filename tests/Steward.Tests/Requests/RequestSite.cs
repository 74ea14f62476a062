using System.IO.Compression;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Steward.Core.Consent;
using Steward.Core.Gate;
using Steward.Core.Requests;
using Steward.Core.Storage;
using Steward.Core.Vault;
using Steward.Tests.Infrastructure;
using Steward.Tests.Staff;
using Microsoft.EntityFrameworkCore;

namespace Steward.Tests.Requests;

/// <summary>Steward with a real SMTP server, and intent methods for what people and the worker do.</summary>
internal sealed partial class RequestSite : IAsyncDisposable
{
    private RequestSite(StewardServer server, SmtpTestServer smtp)
    {
        Server = server;
        Smtp = smtp;
    }

    public StewardServer Server { get; }
    public SmtpTestServer Smtp { get; }

    public static async Task<RequestSite> StartAsync(IDictionary<string, string?>? settings = null, TimeProvider? clock = null, string? postgres = null,
        Action<IServiceCollection>? services = null)
    {
        var smtp = SmtpTestServer.Start();
        var all = smtp.Settings();
        all["Steward:Staff:SignInPermitLimit"] = "10000";
        all["Steward:Requests:IntakePermitLimit"] = "10000";
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) all[key] = value;
        var server = await StewardServer.StartAsync(postgres: postgres, settings: all, services: collection =>
        {
            if (clock is not null) collection.AddSingleton(clock);
            services?.Invoke(collection);
        });
        return new RequestSite(server, smtp);
    }

    /// <summary>An account holder with a name, an email, a telephone and a live marketing consent.</summary>
    public async Task<Guid> AccountHolderAsync(string email, string name = "Li Lei", string telephone = "+8613800138000")
    {
        using var scope = Server.Services.CreateScope();
        var writer = scope.ServiceProvider.GetRequiredService<VaultWriter>();
        var subject = await writer.CreateSubjectAsync("account_holder",
            [new VaultValue("identity.name", name), new VaultValue("contact.email", email), new VaultValue("contact.telephone", telephone),
             new VaultValue("account.company", "Hirain Test Works")], ActorRef.Steward("test"));
        await scope.ServiceProvider.GetRequiredService<SubjectControls>().GiveConsentAsync(ActorRef.Subject(subject), subject, "marketing.contact", ConsentChannel.Form);
        return subject;
    }

    public async Task<T> WithDbAsync<T>(Func<StewardDb, Task<T>> read)
    {
        using var scope = Server.Services.CreateScope();
        return await read(scope.ServiceProvider.GetRequiredService<StewardDb>());
    }

    public Task<RightsCase> CaseAsync(string reference) =>
        WithDbAsync(db => db.Set<RightsCase>().AsNoTracking().SingleAsync(c => c.Reference == reference));

    /// <summary>Waits until the case reaches a closed state (the worker runs in the background).</summary>
    public async Task<RightsCase> ClosedAsync(string reference, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (true)
        {
            var found = await CaseAsync(reference);
            if (found.State.IsClosed()) return found;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"{reference} is still {found.State} at step {found.Step}");
            await Task.Delay(50);
        }
    }

    /// <summary>A person's browser that signs in through the code the public form sends.</summary>
    public ConsoleBrowser Browser() => new(Server);

    public ConsoleBrowser SignedIn(Guid subject)
    {
        var browser = Browser();
        browser.Cookies.Add(Server.Address, new System.Net.Cookie(Steward.People.PersonSession.Scheme, PersonCookie.Value(Server, subject)));
        return browser;
    }

    public static string CodeIn(MimeKit.MimeMessage message) => SixDigits().Match(message.TextBody ?? "").Value;

    public static string ReferenceIn(string path) => CaseReferenceIn().Match(path).Value;

    public static string PackageLinkIn(MimeKit.MimeMessage message) => PackageLink().Match(message.TextBody ?? "").Value;

    /// <summary>package.json and package.html from a downloaded zip.</summary>
    public static async Task<(JsonDocument Json, string Html)> OpenPackageAsync(byte[] zip)
    {
        using var archive = new ZipArchive(new MemoryStream(zip));
        using var json = new StreamReader(await archive.GetEntry(AccessPackage.JsonName)!.OpenAsync());
        using var html = new StreamReader(await archive.GetEntry(AccessPackage.HtmlName)!.OpenAsync());
        return (JsonDocument.Parse(await json.ReadToEndAsync()), await html.ReadToEndAsync());
    }

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        await Smtp.DisposeAsync();
    }

    [GeneratedRegex(@"\b\d{6}\b")]
    private static partial Regex SixDigits();

    [GeneratedRegex(@"R-[0-9A-Z]{4}-[0-9A-Z]{4}")]
    private static partial Regex CaseReferenceIn();

    [GeneratedRegex(@"http://\S+/privacy/requests/package/[A-Za-z0-9_-]+")]
    private static partial Regex PackageLink();
}

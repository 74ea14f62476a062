using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Steward.Core.Audit;
using Steward.Staff;
using Steward.Tests.Infrastructure;
using static Steward.Tests.Staff.ConsoleBrowser;

namespace Steward.Tests.Staff;

/// <summary>Steward on the default catalogue, with intent methods for what staff do: set up the first
/// administrator, invite, join, enrol, sign in. What Steward prints goes to <see cref="Output"/>,
/// and the audit records to <see cref="Audit"/>.</summary>
internal sealed partial class StaffSite : IAsyncDisposable
{
    public const string Password = "correct horse battery staple";

    private StaffSite(StewardServer server, RecordingAuditTrail audit, StringWriter output)
    {
        Server = server;
        Audit = audit;
        Output = output;
    }

    public StewardServer Server { get; }
    public RecordingAuditTrail Audit { get; }
    public StringWriter Output { get; }

    /// <param name="auditLog">Keep Steward's real audit log (then <see cref="Audit"/> stays empty), for
    /// tests that read the log as staff do.</param>
    public static async Task<StaffSite> StartAsync(IDictionary<string, string?>? settings = null, TimeProvider? clock = null, string? postgres = null, bool auditLog = false)
    {
        var audit = new RecordingAuditTrail();
        var output = new StringWriter();
        var all = new Dictionary<string, string?> { ["Steward:Staff:SignInPermitLimit"] = "10000" };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) all[key] = value;
        var server = await StewardServer.StartAsync(postgres: postgres, settings: all, services: services =>
        {
            if (!auditLog) services.AddSingleton<IAuditTrail>(audit);
            services.AddSingleton(new OperatorOutput(output));
            if (clock is not null) services.AddSingleton(clock);
        });
        return new StaffSite(server, audit, output);
    }

    public static FakeTimeProvider Clock() => new(DateTimeOffset.UtcNow);

    /// <summary>The set-up link Steward printed, as a path on this server.</summary>
    public string SetupLink() =>
        PrintedLink().Match(Output.ToString()) is { Success: true } match
            ? new Uri(match.Value).AbsolutePath
            : throw new InvalidOperationException("Steward printed no set-up link:\n" + Output);

    public ConsoleBrowser Browser() => new(Server);

    /// <summary>Opens the printed link, creates the first administrator and enrols their authenticator.</summary>
    public async Task<Member> SetUpAdministratorAsync(string email = "admin@example.org")
    {
        var member = await CreateAccountAsync(SetupLink(), email);
        Assert.Equal("/console/two-factor", member.LastPage.Path);
        return await member.EnrolAsync();
    }

    /// <summary>An administrator invites <paramref name="email"/> with roles; gives the link's path.</summary>
    public static async Task<string> InviteAsync(Member administrator, string email, params string[] roles)
    {
        var page = await administrator.Browser.SubmitAsync("/console/staff", [Field("email", email), .. roles.Select(r => Field("roles", r))], handler: "Invite");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        return new Uri(page.Element("invitation-link")).AbsolutePath;
    }

    /// <summary>The invitee opens the link in their own browser, chooses a password, and enrols if their role requires it.</summary>
    public async Task<Member> JoinAsync(string link, string email)
    {
        var member = await CreateAccountAsync(link, email);
        return member.LastPage.Path == "/console/two-factor" ? await member.EnrolAsync() : member;
    }

    public async Task<Member> CreateAccountAsync(string link, string email)
    {
        var browser = Browser();
        var page = await browser.SubmitAsync(link, [Field("email", email), Field("password", Password), Field("repeatPassword", Password)]);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        return new Member(browser, email, null, page);
    }

    /// <summary>Signs in in a fresh browser: password, then the authenticator's code if asked.</summary>
    public async Task<Member> SignInAsync(string email, string? authenticatorKey)
    {
        var browser = Browser();
        var page = await browser.SubmitAsync("/console/sign-in", [Field("email", email), Field("password", Password)]);
        if (page.Path == "/console/sign-in/code")
        {
            page = await browser.SubmitAsync("/console/sign-in/code", [Field("code", AuthenticatorApp.NextCode(authenticatorKey!))]);
        }
        return new Member(browser, email, authenticatorKey, page);
    }

    public async ValueTask DisposeAsync() => await Server.DisposeAsync();

    [GeneratedRegex(@"http://\S+/console/setup/\S+")]
    private static partial Regex PrintedLink();

    /// <summary>A member of staff at their browser.</summary>
    internal sealed record Member(ConsoleBrowser Browser, string Email, string? AuthenticatorKey, Page LastPage)
    {
        /// <summary>Reads the key off the enrolment page into the authenticator app and gives its code.</summary>
        public async Task<Member> EnrolAsync()
        {
            var enrol = await Browser.GetAsync("/console/two-factor");
            var key = enrol.Element("shared-key").Replace(" ", "", StringComparison.Ordinal);
            var done = await Browser.SubmitAsync("/console/two-factor", [Field("code", AuthenticatorApp.NextCode(key))]);
            Assert.Equal("/console", done.Path);
            return this with { AuthenticatorKey = key, LastPage = done };
        }
    }
}

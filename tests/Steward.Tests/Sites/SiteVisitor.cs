using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Steward.Core.Consent;
using Steward.Core.Gate;
using Steward.Core.Storage;
using Steward.Core.Vault;
using Steward.Tests.Infrastructure;
using Page = Steward.Tests.Staff.ConsoleBrowser.Page;

namespace Steward.Tests.Sites;

/// <summary>A visitor of the site pages over HTTP: keeps cookies, and posts a form with every hidden
/// field the page gave (antiforgery token, idempotency key, notice version), as a browser would.</summary>
internal sealed partial class SiteVisitor(StewardServer server) : IDisposable
{
    private readonly Steward.Tests.Staff.ConsoleBrowser _browser = new(server);

    public Task<Page> GetAsync(string path) => _browser.GetAsync(path);

    /// <summary>Opens the form at <paramref name="path"/> and posts it with <paramref name="fields"/>.</summary>
    public async Task<Page> SubmitAsync(string path, IEnumerable<KeyValuePair<string, string>> fields, string? handler = null)
    {
        var form = await GetAsync(path);
        Assert.True(form.Status == HttpStatusCode.OK, $"{path} answered {form.Status}");
        return await PostAsync(path, [.. Hidden(form), .. fields], handler);
    }

    public Task<Page> PostAsync(string path, IEnumerable<KeyValuePair<string, string>> fields, string? handler = null) => _browser.PostAsync(path, fields, handler);

    public static IEnumerable<KeyValuePair<string, string>> Hidden(Page page) =>
        HiddenInput().Matches(page.Html).Select(m => m.Value).Select(tag => new KeyValuePair<string, string>(
            Attribute(tag, "name"), WebUtility.HtmlDecode(Attribute(tag, "value")))).DistinctBy(h => h.Key);

    private static string Attribute(string tag, string name) =>
        new Regex($"\\b{name}=\"([^\"]*)\"").Match(tag).Groups[1].Value;

    public void Dispose() => _browser.Dispose();

    [GeneratedRegex("<input[^>]*type=\"hidden\"[^>]*>")]
    private static partial Regex HiddenInput();
}

/// <summary>What the tests check in the database, through the vault and the consent records.</summary>
internal static class Stored
{
    public static async Task<int> SubjectCountAsync(StewardServer server)
    {
        await using var scope = server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<StewardDb>().Set<DataSubject>().CountAsync();
    }

    public static async Task<int> ConsentCountAsync(StewardServer server)
    {
        await using var scope = server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<StewardDb>().Set<ConsentRecord>().CountAsync();
    }

    public static async Task<List<ConsentRecord>> ConsentsAsync(StewardServer server, Guid subject)
    {
        await using var scope = server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<StewardDb>().Set<ConsentRecord>().Where(c => c.SubjectId == subject).OrderBy(c => c.Id).ToListAsync();
    }

    public static async Task<Guid> SubjectByEmailAsync(StewardServer server, string email)
    {
        await using var scope = server.Services.CreateAsyncScope();
        return Assert.Single(await scope.ServiceProvider.GetRequiredService<VaultReader>().FindByEmailAsync(email));
    }

    public static async Task<DataSubject?> SubjectAsync(StewardServer server, Guid id)
    {
        await using var scope = server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<StewardDb>().Set<DataSubject>().AsNoTracking().SingleOrDefaultAsync(s => s.Id == id);
    }

    /// <summary>Reads a subject's fields through the gate, for the archive purpose (the legal one for juveniles).</summary>
    public static async Task<Dictionary<string, string>> ReadAsync(StewardServer server, Guid subject, string[] categories, string purpose = "archive")
    {
        await using var scope = server.Services.CreateAsyncScope();
        var gate = scope.ServiceProvider.GetRequiredService<GateService>();
        var outcome = await gate.DecideAsync(new DecisionRequest(ActorRef.Steward("test"), subject, categories, purpose));
        Assert.True(outcome.Decision.Allowed, outcome.Decision.Reason);
        var values = await scope.ServiceProvider.GetRequiredService<VaultReader>().ReadAsync(outcome.Grant!, subject, categories);
        return values.ToDictionary(v => v.Name.Length == 0 ? v.Category : $"{v.Category}[{v.Name}]", v => v.Value);
    }
}

using System.Net;
using System.Text.RegularExpressions;
using Steward.Tests.Infrastructure;

namespace Steward.Tests.Staff;

/// <summary>A person's browser on the Console: keeps cookies, follows redirects, and fills in forms
/// with the antiforgery token the page gave, as a browser would.</summary>
internal sealed partial class ConsoleBrowser : IDisposable
{
    private readonly HttpClient _http;

    public ConsoleBrowser(StewardServer server)
    {
        Cookies = new CookieContainer();
        _http = new HttpClient(new HttpClientHandler { CookieContainer = Cookies, AllowAutoRedirect = true }) { BaseAddress = server.Address };
    }

    public CookieContainer Cookies { get; }

    public async Task<Page> GetAsync(string path) => await Page.ReadAsync(await _http.GetAsync(Relative(path)));

    /// <summary>Opens <paramref name="path"/>, then posts its form with <paramref name="fields"/> and the page's antiforgery token.</summary>
    public async Task<Page> SubmitAsync(string path, IEnumerable<KeyValuePair<string, string>> fields, string? handler = null)
    {
        var form = await GetAsync(path);
        Assert.True(form.Status == HttpStatusCode.OK, $"{path} answered {form.Status}");
        return await PostAsync(path, [.. fields, new("__RequestVerificationToken", form.AntiforgeryToken())], handler);
    }

    /// <summary>Posts exactly these fields, with no token unless they include one.</summary>
    public async Task<Page> PostAsync(string path, IEnumerable<KeyValuePair<string, string>> fields, string? handler = null)
    {
        var target = Relative(path);
        if (handler is not null) target += (target.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "handler=" + handler;
        using var content = new FormUrlEncodedContent(fields);
        return await Page.ReadAsync(await _http.PostAsync(target, content));
    }

    public void Dispose() => _http.Dispose();

    private static string Relative(string path) => path.TrimStart('/');

    public static KeyValuePair<string, string> Field(string name, string value) => new(name, value);

    /// <summary>An answer as the person sees it: where they ended up, the status, the page.</summary>
    internal sealed partial record Page(HttpStatusCode Status, string Path, string Html, HttpResponseMessage Response)
    {
        public static async Task<Page> ReadAsync(HttpResponseMessage response) =>
            new(response.StatusCode, response.RequestMessage!.RequestUri!.AbsolutePath, await response.Content.ReadAsStringAsync(), response);

        public string AntiforgeryToken() =>
            TokenField().Match(Html) is { Success: true } match ? match.Groups[1].Value : throw new InvalidOperationException($"No form on {Path}:\n{Html}");

        /// <summary>The text of the element with this id.</summary>
        public string Element(string id) =>
            new Regex($"id=\"{Regex.Escape(id)}\"[^>]*>([^<]*)<").Match(Html) is { Success: true } match
                ? WebUtility.HtmlDecode(match.Groups[1].Value)
                : throw new InvalidOperationException($"No element #{id} on {Path}:\n{Html}");

        [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
        private static partial Regex TokenField();
    }
}

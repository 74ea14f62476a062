using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Steward.Tests.Infrastructure;

namespace Steward.Tests.Careers;

/// <summary>An applicant's browser without JavaScript: keeps cookies, opens the form, and sends it
/// back as multipart with the page's antiforgery token, submission key and notice version.</summary>
internal sealed partial class ApplicantBrowser : IDisposable
{
    private readonly HttpClient _http;

    public ApplicantBrowser(StewardServer server, string language = "en")
    {
        _http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = true }) { BaseAddress = server.Address };
        _http.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue(language));
    }

    public async Task<Answer> GetAsync(string path) => await Answer.ReadAsync(await _http.GetAsync(path.TrimStart('/')));

    /// <summary>Opens the form, then sends the hidden fields it gave with <paramref name="fields"/>
    /// (those given as null are left out) and the file, if any.</summary>
    public async Task<Answer> ApplyAsync(string path, IReadOnlyDictionary<string, string?> fields, Upload? file = null, Answer? form = null)
    {
        form ??= await GetAsync(path);
        Assert.True(form.Status == HttpStatusCode.OK, $"{path} answered {form.Status}");
        var all = new Dictionary<string, string?>
        {
            ["__RequestVerificationToken"] = form.Hidden("__RequestVerificationToken"),
            ["submission"] = form.Hidden("submission"),
            ["notice"] = form.Hidden("notice"),
        };
        foreach (var (key, value) in fields) all[key] = value;
        return await PostAsync(path, all, file);
    }

    public async Task<Answer> PostAsync(string path, IReadOnlyDictionary<string, string?> fields, Upload? file = null)
    {
        using var content = new MultipartFormDataContent();
        foreach (var (key, value) in fields)
        {
            if (value is null) continue;
            foreach (var one in value.Split('\u001f')) content.Add(new StringContent(one), key);
        }
        if (file is not null)
        {
            var bytes = new ByteArrayContent(file.Content);
            bytes.Headers.ContentType = new MediaTypeHeaderValue(file.ContentType);
            content.Add(bytes, "resume", file.Name);
        }
        return await Answer.ReadAsync(await _http.PostAsync(path.TrimStart('/'), content));
    }

    public void Dispose() => _http.Dispose();

    /// <summary>Several values of one field (checkboxes), in one string.</summary>
    public static string Many(params string[] values) => string.Join('\u001f', values);

    internal sealed partial record Answer(HttpStatusCode Status, string Path, string Html)
    {
        public static async Task<Answer> ReadAsync(HttpResponseMessage response) =>
            new(response.StatusCode, response.RequestMessage!.RequestUri!.PathAndQuery, await response.Content.ReadAsStringAsync());

        public string Hidden(string name) =>
            new Regex($"name=\"{Regex.Escape(name)}\" (?:type=\"hidden\" )?value=\"([^\"]*)\"").Match(Html) is { Success: true } match
                ? WebUtility.HtmlDecode(match.Groups[1].Value)
                : throw new InvalidOperationException($"No hidden field {name} on {Path}:\n{Html}");

        /// <summary>Every message beside a field, as "key: message" (for assertion messages).</summary>
        public string Problems() => string.Join("; ", new Regex("class=\"field-error\" id=\"([^\"]+)-error\">([^<]*)<").Matches(Html)
            .Select(m => $"{m.Groups[1].Value}: {WebUtility.HtmlDecode(m.Groups[2].Value)}"));

        /// <summary>The message beside the field with this key, or null.</summary>
        public string? ErrorBeside(string key) =>
            new Regex($"id=\"{Regex.Escape(key)}-error\">([^<]*)<").Match(Html) is { Success: true } match ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;
    }
}

/// <summary>A file as a browser sends it: its name, its declared type, its bytes.</summary>
public sealed record Upload(string Name, string ContentType, byte[] Content)
{
    public override string ToString() => $"{Name} ({Content.Length:N0} bytes)";
}

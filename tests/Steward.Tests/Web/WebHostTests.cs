using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Steward.Tests.Infrastructure;

namespace Steward.Tests.Web;

/// <summary>The web host as a browser or another system meets it, over real HTTP on loopback.</summary>
public sealed class WebHostTests : IAsyncLifetime
{
    private StewardServer _server = null!;
    private HttpClient Http => _server.Client;

    public async Task InitializeAsync() => _server = await StewardServer.StartAsync(TestPaths.Sample("minimal.yaml"));

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Health_reports_healthy_with_the_database_reachable()
    {
        var response = await Http.GetAsync("health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_catalogue_is_served_as_json()
    {
        var catalogue = await Http.GetFromJsonAsync<JsonElement>("api/catalogue");
        Assert.Equal("main", catalogue.GetProperty("sites")[0].GetProperty("id").GetString());
        var newsletter = catalogue.GetProperty("purposes").EnumerateArray().Single(p => p.GetProperty("id").GetString() == "newsletter");
        Assert.Equal("consent", newsletter.GetProperty("legalBasis").GetString());
    }

    [Theory]
    [InlineData("en", "# Example Ltd · Privacy notice")]
    [InlineData("zh-CN", "# 示例有限公司 · 隐私声明")]
    public async Task The_notice_api_serves_each_language(string lang, string heading)
    {
        var notice = await Http.GetFromJsonAsync<JsonElement>($"api/notice/main?lang={lang}");
        Assert.Equal(lang, notice.GetProperty("language").GetString());
        Assert.StartsWith(heading, notice.GetProperty("markdown").GetString(), StringComparison.Ordinal);
        Assert.Matches("^[0-9a-f]{16}$", notice.GetProperty("version").GetString());
        Assert.Contains("<h2", notice.GetProperty("html").GetString());
    }

    [Fact]
    public async Task An_unknown_site_is_a_404_problem_naming_it()
    {
        var response = await Http.GetAsync("api/notice/nowhere");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("'nowhere'", problem.GetProperty("detail").GetString());
        Assert.Equal(404, problem.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task A_language_the_site_does_not_offer_is_a_400_problem()
    {
        var response = await Http.GetAsync("api/notice/main?lang=fr");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("not 'fr'", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task An_unknown_api_address_is_a_problem_not_a_page()
    {
        var response = await Http.GetAsync("api/no-such-thing");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("en", "Page not found")]
    [InlineData("zh-CN", "页面不存在")]
    public async Task An_unknown_page_is_a_404_page_in_the_readers_language(string lang, string title)
    {
        var response = await Http.GetAsync($"no-such-page?lang={lang}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains($"<h1>{title}</h1>", html);
        Assert.Contains($"<html lang=\"{lang}\">", html);
    }

    [Theory]
    [InlineData("en", "Scope of this notice")]
    [InlineData("zh-CN", "本声明的适用范围")]
    public async Task The_notice_page_reads_in_english_and_chinese(string lang, string heading)
    {
        var html = await Http.GetStringAsync($"notice/main?lang={lang}");
        Assert.Contains($"<html lang=\"{lang}\">", html);
        Assert.Contains(heading, html);
    }

    [Fact]
    public async Task The_browser_language_chooses_the_page_language()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "notice/main");
        request.Headers.AcceptLanguage.ParseAdd("zh-CN,zh;q=0.9,en;q=0.5");
        var html = await (await Http.SendAsync(request)).Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"zh-CN\">", html);
    }

    [Theory]
    [InlineData("PUT", "api/catalogue", 405)]
    [InlineData("DELETE", "api/no-such-thing", 404)]
    [InlineData("PATCH", "api/notice/main", 405)]
    public async Task Api_errors_are_problems_whatever_the_method(string method, string path, int status)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = new StringContent("{}") };
        var response = await Http.SendAsync(request);
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("zh-Hans-CN")]
    [InlineData("zh-Hans")]
    [InlineData("zh")]
    public async Task Every_way_a_browser_asks_for_chinese_gets_chinese(string acceptLanguage)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "notice/main");
        request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
        var html = await (await Http.SendAsync(request)).Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"zh-CN\">", html);
    }

    [Fact]
    public async Task An_error_pages_language_links_lead_back_to_the_address_asked_for()
    {
        var html = await (await Http.GetAsync("no-such-page?lang=en")).Content.ReadAsStringAsync();
        Assert.Contains("href=\"/no-such-page?lang=zh-CN\"", html);
    }

    [Fact]
    public async Task Pages_carry_security_headers()
    {
        var response = await Http.GetAsync("notice/main");
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.True(response.Headers.Contains("Permissions-Policy"));
        Assert.False(response.Headers.Contains("Server"), "the server does not name itself");
    }

    [Fact]
    public async Task The_openapi_document_describes_the_api()
    {
        var document = await Http.GetFromJsonAsync<JsonElement>("openapi/v1.json");
        var paths = document.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/catalogue", out _));
        Assert.True(paths.TryGetProperty("/api/notice/{site}", out _));
        Assert.True(paths.TryGetProperty("/api/notice/{site}/versions/{version}", out _));
    }

    [Fact]
    public async Task The_interactive_api_reference_is_served()
    {
        var response = await Http.GetAsync("api/reference");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Steward API", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_stylesheet_is_served_from_the_executable()
    {
        var response = await Http.GetAsync("css/site.css");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
    }
}

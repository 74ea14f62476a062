using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Steward.Tests.Infrastructure;

namespace Steward.Tests.Consent;

/// <summary>The banner's endpoints over HTTP: Global Privacy Control support declared, CORS only for the
/// catalogue's sites, and bad choices refused as problem details without recording anything.</summary>
public sealed class BannerApiTests
{
    [Fact]
    public async Task Gpc_is_declared_cors_answers_only_catalogue_sites_and_bad_choices_are_problems()
    {
        await using var server = await StewardServer.StartAsync();

        using var gpc = JsonDocument.Parse(await server.Client.GetStringAsync(".well-known/gpc.json"));
        Assert.True(gpc.RootElement.GetProperty("gpc").GetBoolean());

        async Task<HttpResponseMessage> ConfigFrom(string origin)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "banner/europe/config?lang=zh-CN");
            request.Headers.Add("Origin", origin);
            return await server.Client.SendAsync(request);
        }
        var listed = await ConfigFrom("https://eu.hirain.com");
        var stranger = await ConfigFrom("https://tracker.example");
        Assert.Equal("https://eu.hirain.com", listed.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.False(stranger.Headers.Contains("Access-Control-Allow-Origin"));
        using var config = JsonDocument.Parse(await listed.Content.ReadAsStringAsync());
        Assert.Equal("opt_in", config.RootElement.GetProperty("mode").GetString());
        Assert.Equal("本网站使用的 Cookie", config.RootElement.GetProperty("text").GetProperty("title").GetString());

        var unknownSite = await server.Client.GetAsync("banner/nowhere/config");
        Assert.Equal(HttpStatusCode.NotFound, unknownSite.StatusCode);
        Assert.Equal("application/problem+json", unknownSite.Content.Headers.ContentType!.MediaType);
        var noVisitor = await server.Client.PostAsJsonAsync("banner/europe/choices", new { visitor = "me", categories = new { analytics = true } });
        var unknownCategory = await server.Client.PostAsJsonAsync("banner/europe/choices", new { visitor = Guid.NewGuid(), categories = new { necessary = true } });
        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (noVisitor.StatusCode, unknownCategory.StatusCode));
        var accepted = await server.Client.PostAsJsonAsync("banner/europe/choices", new { visitor = Guid.NewGuid(), language = "en", categories = new { analytics = true } });
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.False(accepted.Headers.Contains("Set-Cookie"));
    }
}

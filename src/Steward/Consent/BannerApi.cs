using System.Text.Json.Serialization;
using Steward.Core.Catalogue;
using Steward.Core.Catalogue.Model;
using Steward.Core.Consent;
using Steward.Core.Statistics;
using Steward.Hosting;
using Steward.People;

namespace Steward.Consent;

/// <summary>The cookie banner's configuration and choices, Global Privacy Control, page views without
/// cookies, and the JSON consent receipt.</summary>
public static class BannerApi
{
    /// <summary>Google Consent Mode v2 storage types each cookie category grants.</summary>
    private static readonly Dictionary<string, string[]> ConsentModeSignals = new(StringComparer.Ordinal)
    {
        ["necessary"] = ["security_storage"],
        ["preferences"] = ["functionality_storage", "personalization_storage"],
        ["analytics"] = ["analytics_storage"],
        ["marketing"] = ["ad_storage", "ad_user_data", "ad_personalization"],
    };

    public static IEndpointRouteBuilder MapConsentApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/banner.js", () => BannerFile("banner.js", "text/javascript; charset=utf-8")).WithSecurityHeadersPolicy(ConsentServices.BannerHeaders).ExcludeFromDescription();
        app.MapGet("/banner.css", () => BannerFile("banner.css", "text/css; charset=utf-8")).WithSecurityHeadersPolicy(ConsentServices.BannerHeaders).ExcludeFromDescription();
        var banner = app.MapGroup("/banner/{site}").RequireCors(ConsentServices.BannerCors).WithSecurityHeadersPolicy(ConsentServices.BannerHeaders).WithTags("Cookie banner");
        banner.MapGet("/config", Config).WithName("BannerConfig");
        banner.MapPost("/choices", RecordChoice).RequireRateLimiting(ConsentServices.BannerRateLimit).WithName("BannerChoice");
        banner.MapPost("/views", CountView).RequireRateLimiting(ConsentServices.BannerRateLimit).WithName("BannerPageView");
        app.MapGet("/.well-known/gpc.json", () => Results.Json(new { gpc = true })).ExcludeFromDescription();
        app.MapGet("/privacy/consents/receipts/{id:long}.json", Receipt).RequireAuthorization(PersonSession.Policy).ExcludeFromDescription();
        return app;
    }

    public sealed record CategoryConfig(string Id, string Name, string Description, bool Required, bool Gpc, IReadOnlyList<string> Cookies, IReadOnlyList<string> Signals);

    public sealed record BannerTextConfig(string Title, string Body, string Accept, string Reject, string Save, string Always, string Gpc, string Notice, string Cookies, string Settings);

    public sealed record BannerConfig(string Site, string Revision, string Mode, string Notice, string Choices, string Views, BannerTextConfig Text, IReadOnlyList<CategoryConfig> Categories);

    public sealed record ChoiceRequest(
        [property: JsonPropertyName("visitor")] string? Visitor,
        [property: JsonPropertyName("language")] string? Language,
        [property: JsonPropertyName("categories")] Dictionary<string, bool>? Categories,
        [property: JsonPropertyName("gpc")] bool Gpc);

    private static IResult Config(string site, string? lang, LoadedCatalogue catalogue, HttpContext http)
    {
        if (catalogue.FindSite(site) is not { } found) return UnknownSite(site);
        var language = lang == "zh-CN" ? "zh-CN" : "en";
        var text = ConsentText.For(language);
        var mode = CookieConsentRevision.ModeOf(catalogue, found);
        var origin = $"{http.Request.Scheme}://{http.Request.Host}";
        http.Response.Headers.CacheControl = "public, max-age=300";
        return Results.Json(new BannerConfig(
            found.Id,
            CookieConsentRevision.Of(catalogue, found),
            mode == CookieConsentMode.OptIn ? "opt_in" : "notice_only",
            $"{origin}/notice/{found.Id}?lang={language}",
            $"{origin}/banner/{found.Id}/choices",
            $"{origin}/banner/{found.Id}/views",
            new BannerTextConfig(text.BannerTitle, mode == CookieConsentMode.OptIn ? text.BannerOptIn : text.BannerNoticeOnly,
                text.AcceptAll, text.RejectAll, text.SaveChoices, text.AlwaysOn, text.GpcNote, text.ReadNotice, text.Cookies, text.CookieSettings),
            [.. catalogue.Policy.CookieCategories.Select(c => new CategoryConfig(
                c.Id, c.Name.In(language), c.Description?.In(language) ?? "", !c.RequiresConsent,
                CookieConsentRevision.CoveredByGlobalPrivacyControl(catalogue, c.Id),
                [.. catalogue.Policy.Cookies.Where(k => k.Category == c.Id).Select(k => k.Id)],
                ConsentModeSignals.GetValueOrDefault(c.Id, [])))]));
    }

    private static async Task<IResult> RecordChoice(string site, ChoiceRequest? body, LoadedCatalogue catalogue, BannerChoices choices, HttpContext http, CancellationToken ct)
    {
        if (catalogue.FindSite(site) is null) return UnknownSite(site);
        if (body is null || !Guid.TryParse(body.Visitor, out var visitor) || visitor == Guid.Empty)
            return Results.Problem(title: "The choice needs a visitor id", detail: "'visitor' must be the random id the banner made (a UUID).", statusCode: StatusCodes.Status400BadRequest);
        var categories = body.Categories ?? [];
        var known = catalogue.Policy.CookieCategories.Where(c => c.RequiresConsent).Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        if (categories.Keys.FirstOrDefault(k => !known.Contains(k)) is { } unknown)
            return Results.Problem(title: "Unknown cookie category", detail: $"'{unknown}' is not a cookie category that needs consent.", statusCode: StatusCodes.Status400BadRequest);
        // The browser's Sec-GPC header counts as much as the page's navigator.globalPrivacyControl.
        var gpc = body.Gpc || http.Request.Headers["Sec-GPC"] == "1";
        var language = body.Language == "zh-CN" ? "zh-CN" : "en";
        var records = await choices.RecordAsync(new BannerChoice(visitor, site, language, categories, gpc), ct);
        return Results.Ok(new { recorded = records.Count });
    }

    private static async Task<IResult> CountView(string site, HttpContext http, LoadedCatalogue catalogue, VisitCounter counter, CancellationToken ct)
    {
        if (catalogue.FindSite(site) is null) return UnknownSite(site);
        using var reader = new StreamReader(http.Request.Body);
        var page = PagePath(await reader.ReadToEndAsync(ct));
        if (page is null) return Results.Problem(title: "Not a page path", detail: "The body must be the path of the page viewed, such as /products.", statusCode: StatusCodes.Status400BadRequest);
        await counter.IncrementAsync(site, page, 1, ct);
        return Results.NoContent();
    }

    /// <summary>The path alone: no query string or fragment, which could carry identifiers.</summary>
    internal static string? PagePath(string body)
    {
        var path = body.Trim().Split('?', '#')[0];
        return path.StartsWith('/') && path.Length <= 300 && !path.Any(char.IsControl) ? path : null;
    }

    private static async Task<IResult> Receipt(long id, HttpContext http, ConsentReceipts receipts, CancellationToken ct)
    {
        if (PersonSession.SubjectOf(http.User) is not { } subject) return Results.Unauthorized();
        var origin = $"{http.Request.Scheme}://{http.Request.Host}";
        var receipt = await receipts.ReceiptAsync(subject, id, Localization.Current, path => origin + path, ct);
        return receipt is null
            ? Results.Problem(title: "No such receipt", detail: $"You have no consent record {id}.", statusCode: StatusCodes.Status404NotFound)
            : Results.Json(receipt);
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte[]> Files = new(StringComparer.Ordinal);

    /// <summary>The banner's script or stylesheet, embedded from wwwroot/banner, served to any site.</summary>
    private static IResult BannerFile(string name, string contentType)
    {
        var bytes = Files.GetOrAdd(name, n =>
        {
            using var stream = typeof(BannerApi).Assembly.GetManifestResourceStream("Steward.wwwroot.banner." + n)
                ?? throw new InvalidOperationException($"the banner's {n} is not embedded");
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        });
        return Results.Bytes(bytes, contentType);
    }

    private static IResult UnknownSite(string site) =>
        Results.Problem(title: "Unknown site", detail: $"The catalogue has no site '{site}'.", statusCode: StatusCodes.Status404NotFound);
}

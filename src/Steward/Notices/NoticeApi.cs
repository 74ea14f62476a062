using Microsoft.AspNetCore.Http.HttpResults;
using Steward.Core.Catalogue;
using Steward.Core.Notices;

namespace Steward.Notices;

/// <summary>A site's privacy notice for other systems: current, by version, and the list of versions.</summary>
public static class NoticeApi
{
    public static void MapNoticeApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/notice/{site}").WithTags("Notices");
        group.MapGet("/", GetCurrent).WithName("GetNotice").WithSummary("The current notice of a site in one language")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/versions", GetVersions).WithName("GetNoticeVersions").WithSummary("Every published version of a site's notice")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/versions/{version}", GetVersion).WithName("GetNoticeVersion").WithSummary("One past or current version of a site's notice")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Results<Ok<NoticeDto>, ProblemHttpResult>> GetCurrent(
        string site, string? lang, LoadedCatalogue catalogue, NoticePublisher notices, CancellationToken ct)
    {
        if (NoticeRequest.Check(catalogue, site, lang) is { } problem) return problem;
        var version = await notices.CurrentAsync(site, ct);
        return version is null ? NoticeRequest.NotPublished(site) : TypedResults.Ok(NoticeDto.From(version, NoticeRequest.Language(catalogue, site, lang)));
    }

    private static async Task<Results<Ok<NoticeDto>, ProblemHttpResult>> GetVersion(
        string site, string version, string? lang, LoadedCatalogue catalogue, NoticePublisher notices, CancellationToken ct)
    {
        if (NoticeRequest.Check(catalogue, site, lang) is { } problem) return problem;
        var found = await notices.FindAsync(site, version, ct);
        return found is null
            ? TypedResults.Problem(statusCode: 404, title: "No such notice version", detail: $"Site '{site}' has no notice version '{version}'.")
            : TypedResults.Ok(NoticeDto.From(found, NoticeRequest.Language(catalogue, site, lang)));
    }

    private static async Task<Results<Ok<List<NoticeVersionDto>>, ProblemHttpResult>> GetVersions(
        string site, LoadedCatalogue catalogue, NoticePublisher notices, CancellationToken ct)
    {
        if (NoticeRequest.Check(catalogue, site, null) is { } problem) return problem;
        var history = await notices.HistoryAsync(site, ct);
        return TypedResults.Ok(history.Select(v => new NoticeVersionDto(v.Version, v.PublishedAt)).ToList());
    }
}

public sealed record NoticeVersionDto(string Version, DateTimeOffset PublishedAt);

public sealed record NoticeDto(string Site, string Version, string Language, DateTimeOffset PublishedAt, string Sha256, string Markdown, string Html)
{
    public static NoticeDto From(NoticeVersion version, string language)
    {
        var text = version.Texts.First(t => string.Equals(t.Language, language, StringComparison.OrdinalIgnoreCase));
        return new NoticeDto(version.SiteId, version.Version, text.Language, version.PublishedAt, text.Sha256, text.Markdown, NoticeHtml.Render(text.Markdown));
    }
}

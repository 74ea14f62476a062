using Microsoft.AspNetCore.Http.HttpResults;
using Steward.Core.Catalogue;

namespace Steward.Notices;

/// <summary>Checks a request for a notice: the site exists and offers the language asked for.</summary>
internal static class NoticeRequest
{
    public static ProblemHttpResult? Check(LoadedCatalogue catalogue, string siteId, string? language)
    {
        if (catalogue.FindSite(siteId) is not { } site)
        {
            return TypedResults.Problem(statusCode: 404, title: "Unknown site",
                detail: $"The catalogue has no site '{siteId}'. Sites: {string.Join(", ", catalogue.Policy.Sites.Select(s => s.Id))}.");
        }
        var offered = catalogue.LanguagesOf(site);
        if (language is not null && !offered.Contains(language, StringComparer.OrdinalIgnoreCase))
        {
            return TypedResults.Problem(statusCode: 400, title: "Language not offered",
                detail: $"Site '{siteId}' offers its notice in {string.Join(", ", offered)}, not '{language}'.");
        }
        return null;
    }

    public static string Language(LoadedCatalogue catalogue, string siteId, string? language) =>
        language ?? (catalogue.LanguagesOf(catalogue.FindSite(siteId)!) is var offered && offered.Contains(catalogue.Policy.DefaultLanguage)
            ? catalogue.Policy.DefaultLanguage : offered[0]);

    public static ProblemHttpResult NotPublished(string siteId) =>
        TypedResults.Problem(statusCode: 503, title: "Notice not yet published",
            detail: $"The notice of site '{siteId}' has not been published yet; Steward publishes it when it starts.");
}

using Steward.Core.Catalogue;
using Steward.Core.Catalogue.Model;

namespace Steward.Catalogue;

public static class CatalogueApi
{
    public static void MapCatalogueApi(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/api/catalogue", (LoadedCatalogue catalogue) => TypedResults.Ok(catalogue.Policy))
            .WithTags("Catalogue")
            .WithName("GetCatalogue")
            .WithSummary("The policy catalogue Steward runs on")
            .Produces<PolicyCatalogue>();
}

using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Steward.Core.Catalogue;
using Steward.Core.Catalogue.Model;
using Steward.Staff;

namespace Steward.Catalogue;

public static class CatalogueApi
{
    public static void MapCatalogueApi(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/api/catalogue", async (LoadedCatalogue catalogue, HttpContext http, IAuthorizationService authorization, IOptions<JsonOptions> json) =>
            {
                var node = JsonSerializer.SerializeToNode(catalogue.Policy, json.Value.SerializerOptions)!.AsObject();
                var staff = await authorization.AuthorizeAsync(http.User, StaffPolicies.Console);
                if (!staff.Succeeded) PublicView(node);
                return Results.Json(node, json.Value.SerializerOptions);
            })
            .WithTags("Catalogue")
            .WithName("GetCatalogue")
            .WithSummary("The policy catalogue Steward runs on")
            .WithDescription("Everyone sees what the notice says: sites, categories, purposes, recipients, retention, cookies, rights. "
                + "Signed-in staff also see the staff roles and the references of recipients' agreements, which are internal.")
            .Produces<PolicyCatalogue>();

    /// <summary>Removes what only staff need: who may act for which purpose, and contract references.</summary>
    private static void PublicView(JsonObject catalogue)
    {
        catalogue.Remove("roles");
        if (catalogue["recipients"] is not JsonArray recipients) return;
        foreach (var agreement in recipients.OfType<JsonObject>().SelectMany(r => r["agreements"] as JsonArray ?? []).OfType<JsonObject>())
        {
            agreement.Remove("reference");
        }
    }
}

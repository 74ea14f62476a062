using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Steward.Core.Audit;
using Steward.Core.Storage;
using Steward.Staff;

namespace Steward.Audit;

/// <summary>Evidence from the audit log for auditors and their tools.</summary>
public static class AuditApi
{
    /// <remarks>Anonymous callers get 401, members whose roles may not read the log 403 (problem details).</remarks>
    public static void MapAuditApi(this IEndpointRouteBuilder routes)
    {
        // Staff who may read the audit log, signed in (cookie); others get a 401 or 403 problem.
        var group = routes.MapGroup("/api/audit").WithTags("Audit").RequireAuthorization(StaffPolicies.ReadAudit);
        group.MapGet("/proof/{index}", GetProof).WithName("GetAuditProof")
            .WithSummary("An RFC 6962 inclusion proof of one audit entry in the tree of the latest signed checkpoint");
    }

    private static async Task<Results<Ok<AuditProofDto>, ProblemHttpResult>> GetProof(string index, StewardDb db, CancellationToken ct)
    {
        if (!long.TryParse(index, NumberStyles.None, CultureInfo.InvariantCulture, out var at))
            return TypedResults.Problem(statusCode: 400, title: "Not an entry index", detail: $"'{index}' is not an audit entry index: give a whole number from 0.");
        var result = await AuditInclusionProofs.ForEntryAsync(db, at, ct);
        return result.Status switch
        {
            AuditProofStatus.Found => TypedResults.Ok(AuditProofDto.From(result.Proof!)),
            AuditProofStatus.NoSuchEntry => TypedResults.Problem(statusCode: 404, title: "No such audit entry", detail: $"There is no audit entry {at}."),
            _ => TypedResults.Problem(statusCode: 400, title: "Not yet covered by a checkpoint",
                detail: $"Audit entry {at} is not yet covered by a signed checkpoint (the latest covers {result.CoveredSize} entries); ask again after the next one."),
        };
    }
}

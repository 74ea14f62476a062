using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Steward.Core.Catalogue.Model;
using Steward.Core.Sharing;
using Steward.Core.Storage;
using Steward.Staff;

namespace Steward.Sharing;

/// <summary>Outbound flows for other systems: ask the sharing gate before data leaves, and read the
/// disclosure record of a subject. Authenticated by API key, like <c>/api/decisions</c>.</summary>
public static class DisclosureApi
{
    public static void MapDisclosureApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/disclosures").WithTags("Disclosures");
        group.MapPost("/", Decide).WithName("Disclose")
            .WithSummary("May this subject's data go to this recipient, on this ground? Allowed flows are recorded.")
            .WithDescription("Authenticate with `Authorization: Bearer stw_...`. 200 with the disclosure record's id when allowed, 403 with the reason (and the missing transfer mechanism) when denied.")
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404);
        group.MapGet("/", List).WithName("ListDisclosures")
            .WithSummary("The disclosures recorded for a subject, newest first")
            .ProducesProblem(400).ProducesProblem(401);
    }

    private static async Task<Results<Ok<DisclosureAnswer>, ProblemHttpResult>> Decide(
        DisclosureQuestion question, HttpContext http, SharingGate gate, CancellationToken ct)
    {
        if (await ApiKeyHeader.ValidateAsync(http) is not { } client) return Unauthorized();
        if (question.Validate() is { } invalid) return TypedResults.Problem(statusCode: 400, title: "Incomplete question", detail: invalid);
        var outcome = await gate.DecideAsync(new OutboundFlow(client.Actor, question.Subject!.Value, question.Categories!, question.Purpose!,
            question.Recipient!, question.Ground!, question.Flow!.Value, question.Origin!, question.Form ?? DataForm.Identified), ct);
        var d = outcome.Decision;
        if (d.Allowed) return TypedResults.Ok(new DisclosureAnswer(true, outcome.DisclosureId, d.LegalReference, d.Mechanism, outcome.AuditIndex));
        var status = d.Code switch
        {
            SharingCode.UnknownRecipient or SharingCode.UnknownGround or SharingCode.UnknownRegion => 400,
            SharingCode.GateDenied when d.Reason.StartsWith("unknown subject", StringComparison.Ordinal) => 404,
            SharingCode.GateDenied when d.Reason.StartsWith("unknown", StringComparison.Ordinal) => 400,
            _ => 403,
        };
        return TypedResults.Problem(statusCode: status, title: status == 403 ? "Denied" : "Unknown name in the question", detail: d.Reason,
            extensions: new Dictionary<string, object?> { ["code"] = System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(d.Code.ToString()), ["auditIndex"] = outcome.AuditIndex });
    }

    private static async Task<Results<Ok<IReadOnlyList<DisclosureEntry>>, ProblemHttpResult>> List(
        Guid? subject, HttpContext http, StewardDb db, CancellationToken ct)
    {
        if (await ApiKeyHeader.ValidateAsync(http) is null) return Unauthorized();
        if (subject is null || subject == Guid.Empty) return TypedResults.Problem(statusCode: 400, title: "Subject required", detail: "Give ?subject= (the subject's pseudonymous id).");
        var rows = await db.Set<Disclosure>().AsNoTracking().Where(d => d.SubjectId == subject).ToListAsync(ct);
        IReadOnlyList<DisclosureEntry> entries = [.. rows.OrderByDescending(d => d.Id).Select(DisclosureEntry.From)];
        return TypedResults.Ok(entries);
    }

    private static ProblemHttpResult Unauthorized() =>
        TypedResults.Problem(statusCode: 401, title: "API key required", detail: "Send an API key made in the Console as 'Authorization: Bearer stw_...'.");
}

public sealed record DisclosureQuestion(
    Guid? Subject, IReadOnlyList<string>? Categories, string? Purpose, string? Recipient, string? Ground, FlowKind? Flow, string? Origin, DataForm? Form)
{
    public string? Validate() =>
        Subject is null || Subject == Guid.Empty ? "'subject' (the subject's pseudonymous id) is required"
        : string.IsNullOrWhiteSpace(Purpose) ? "'purpose' is required"
        : Categories is not { Count: > 0 } || Categories.Any(string.IsNullOrWhiteSpace) ? "'categories' must list at least one category id"
        : string.IsNullOrWhiteSpace(Recipient) ? "'recipient' is required"
        : string.IsNullOrWhiteSpace(Ground) ? "'ground' is required"
        : Flow is null ? "'flow' (sharing, transfer or disclosure) is required"
        : string.IsNullOrWhiteSpace(Origin) ? "'origin' (the region whose law governs the data) is required"
        : null;
}

public sealed record DisclosureAnswer(bool Allowed, long? Disclosure, string? LegalReference, string? Mechanism, long AuditIndex);

public sealed record DisclosureEntry(long Id, string Recipient, string Ground, FlowKind Flow, string Purpose, IReadOnlyList<string> Categories,
    DataForm Form, string Origin, string? Mechanism, string? LegalReference, DateTimeOffset At)
{
    public static DisclosureEntry From(Disclosure d) =>
        new(d.Id, d.Recipient, d.Ground, d.Flow, d.Purpose, d.Categories, d.Form, d.Origin, d.Mechanism, d.LegalReference, d.At);
}

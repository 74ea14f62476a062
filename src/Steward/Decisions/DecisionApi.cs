using System.Collections.Frozen;
using Microsoft.AspNetCore.Http.HttpResults;
using Steward.Core.Catalogue.Model;
using Steward.Core.Gate;
using Steward.Staff;

namespace Steward.Decisions;

/// <summary>The decision endpoint for other systems: "may I use this subject's data for this
/// purpose?", one at a time or in a batch, each decision audited by the gate.</summary>
public static class DecisionApi
{
    public const int MaxBatch = 1000;

    public static void MapDecisionApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/decisions").WithTags("Decisions");
        group.MapPost("/", DecideOne).WithName("Decide")
            .WithSummary("May the calling system use these categories of a subject's data for a purpose?")
            .WithDescription("Authenticate with `Authorization: Bearer stw_...` (an API key made in the Console). 200 when allowed, 403 with the reason when denied.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/batch", DecideMany).WithName("DecideBatch")
            .WithSummary($"Up to {MaxBatch} decisions in one call; each result carries its own status")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized);
    }

    private static async Task<Results<Ok<DecisionResult>, ProblemHttpResult>> DecideOne(
        DecisionQuestion question, HttpContext http, GateService gate, CancellationToken ct)
    {
        if (await ApiKeyHeader.ValidateAsync(http) is not { } client) return Unauthorized();
        if (question.Validate() is { } invalid) return invalid;
        var result = await DecideAsync(gate, client, question, ct);
        return result.Status == StatusCodes.Status200OK
            ? TypedResults.Ok(result)
            : TypedResults.Problem(statusCode: result.Status, title: Title(result.Status), detail: result.Reason,
                extensions: new Dictionary<string, object?> { ["code"] = result.Code, ["auditIndex"] = result.AuditIndex });
    }

    private static async Task<Results<Ok<DecisionBatchResult>, ProblemHttpResult>> DecideMany(
        DecisionBatch batch, HttpContext http, GateService gate, CancellationToken ct)
    {
        if (await ApiKeyHeader.ValidateAsync(http) is not { } client) return Unauthorized();
        if (batch.Decisions is not { Count: > 0 and <= MaxBatch } questions)
            return TypedResults.Problem(statusCode: 400, title: "Bad batch", detail: $"A batch holds between 1 and {MaxBatch} decisions.");
        var results = new DecisionResult[questions.Count];
        for (var i = 0; i < questions.Count; i++)
        {
            results[i] = questions[i].Validate() is { } invalid
                ? new DecisionResult(false, "invalid", invalid.ProblemDetails.Detail ?? "invalid question", null, null, 400)
                : await DecideAsync(gate, client, questions[i], ct);
        }
        return TypedResults.Ok(new DecisionBatchResult(results));
    }

    private static async Task<DecisionResult> DecideAsync(GateService gate, Core.Staff.ApiClient client, DecisionQuestion q, CancellationToken ct)
    {
        var outcome = await gate.DecideAsync(new DecisionRequest(client.Actor, q.Subject!.Value, q.Categories!, q.Purpose!, q.Recipient), ct);
        var d = outcome.Decision;
        return new DecisionResult(d.Allowed, Code(d.Code), d.Reason, d.Basis, outcome.AuditIndex, Status(d.Code));
    }

    private static int Status(DecisionCode code) => code switch
    {
        DecisionCode.Allowed => 200,
        DecisionCode.UnknownPurpose or DecisionCode.UnknownCategory or DecisionCode.UnknownRecipient => 400,
        DecisionCode.UnknownSubject => 404,
        _ => 403,
    };

    private static string Title(int status) => status switch
    {
        400 => "Unknown name in the question",
        404 => "Unknown subject",
        _ => "Denied",
    };

    /// <summary>The code as the API spells it: snake_case, like the catalogue (spelled once per code, not per answer).</summary>
    private static string Code(DecisionCode code) => CodeNames.TryGetValue(code, out var name) ? name : SnakeCase(code);

    private static readonly FrozenDictionary<DecisionCode, string> CodeNames =
        Enum.GetValues<DecisionCode>().Distinct().ToFrozenDictionary(c => c, SnakeCase);

    private static string SnakeCase(DecisionCode code) => System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(code.ToString());

    private static ProblemHttpResult Unauthorized() =>
        TypedResults.Problem(statusCode: 401, title: "API key required",
            detail: "Send an API key made in the Console as 'Authorization: Bearer stw_...'.");
}

/// <summary>One question to the gate.</summary>
public sealed record DecisionQuestion(Guid? Subject, IReadOnlyList<string>? Categories, string? Purpose, string? Recipient)
{
    public ProblemHttpResult? Validate() =>
        Subject is null || Subject == Guid.Empty ? Bad("'subject' (the subject's pseudonymous id) is required")
        : string.IsNullOrWhiteSpace(Purpose) ? Bad("'purpose' (a purpose id of the catalogue) is required")
        : Categories is not { Count: > 0 } || Categories.Any(string.IsNullOrWhiteSpace) ? Bad("'categories' must list at least one category id")
        : null;

    private static ProblemHttpResult Bad(string detail) => TypedResults.Problem(statusCode: 400, title: "Incomplete question", detail: detail);
}

public sealed record DecisionBatch(IReadOnlyList<DecisionQuestion>? Decisions);

/// <param name="Status">The HTTP status this decision would have on its own: 200, 400, 403 or 404.</param>
public sealed record DecisionResult(bool Allowed, string Code, string Reason, LegalBasis? LegalBasis, long? AuditIndex, int Status);

public sealed record DecisionBatchResult(IReadOnlyList<DecisionResult> Results);

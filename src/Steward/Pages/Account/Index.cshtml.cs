using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Steward.Core.Accounts;
using Steward.Core.Catalogue;
using Steward.Core.Catalogue.Model;
using Steward.Core.Collection;
using Steward.Core.Gate;
using Steward.Core.Vault;
using Steward.Hosting;
using Steward.People;
using Steward.Sites;

namespace Steward.Pages.Account;

/// <summary>"My account" (P5.2, P5.4): the person's own data, read through the gate for the account
/// purpose; name, company, telephone and log-in ID can be amended; closing the account erases it
/// through the vault, except what a legal hold keeps, and says what remains and why (P5.5).</summary>
[Authorize(Policy = PersonSession.Policy)]
public sealed class IndexModel(LoadedCatalogue catalogue, GateService gate, VaultReader reader, VaultWriter writer, AccountService accounts,
    TimeProvider clock) : PageModel
{
    public const string Purpose = "account";
    private static readonly HashSet<string> Editable = ["name", "company", "telephone", "login_id"];

    [BindProperty(SupportsGet = true, Name = "site")] public string? SiteId { get; set; }
    public Site Site { get; private set; } = null!;
    public CollectionPoint Point { get; private set; } = null!;
    public IReadOnlyList<VaultValue> Data { get; private set; } = [];
    public IReadOnlyList<FieldError> Errors { get; private set; } = [];
    public IReadOnlyDictionary<string, string>? Posted { get; private set; }
    public bool Saved { get; private set; }
    public Deregistration? Closed { get; private set; }
    public SiteText Text => SiteText.Current;
    public string Language => Localization.Current;

    public IEnumerable<FormField> Fields => Point.Fields.Where(f => f.Type is not (FieldType.Password or FieldType.Group or FieldType.File));
    public static bool IsEditable(FormField field) => Editable.Contains(field.Id);

    public string Value(FormField field) =>
        Posted is not null && Posted.TryGetValue(field.Id, out var posted) ? posted
        : Data.FirstOrDefault(v => v.Category == field.Category)?.Value ?? "";

    public string? Error(string field) => Errors.FirstOrDefault(e => e.Field == field) is { } e ? Text.Problem(e.Problem, e.Limit) : null;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : Forbid();

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken ct)
    {
        Resolve();
        var subject = PersonSession.SubjectOf(User)!.Value;
        var editable = new CollectionPoint { Id = Point.Id, SubjectKind = Point.SubjectKind, Purposes = Point.Purposes, Fields = [.. Point.Fields.Where(IsEditable)] };
        var values = editable.Fields.ToDictionary(f => f.Id, f => (IReadOnlyList<string>)[Request.Form[f.Id].ToString()]);
        var submission = new FormSubmission(Point.Id, Site.Id, values, new HashSet<string>(), LinkTokens.New(), "", Language);
        var form = FormValidator.Validate(catalogue.Policy, editable, submission, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        if (!form.IsValid)
        {
            Errors = form.Errors;
            Posted = values.ToDictionary(v => v.Key, v => v.Value[0]);
            await LoadAsync(ct);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
        await writer.PutAsync(subject, form.VaultValues, ActorRef.Subject(subject), ct);
        Saved = true;
        return await LoadAsync(ct) ? Page() : Forbid();
    }

    public async Task<IActionResult> OnPostCloseAsync(CancellationToken ct)
    {
        Resolve();
        var subject = PersonSession.SubjectOf(User)!.Value;
        Closed = await accounts.DeregisterAsync(subject, ct);
        await PersonSession.SignOutAsync(HttpContext);
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        Resolve();
        var subject = PersonSession.SubjectOf(User)!.Value;
        if (!await accounts.HasAccountAsync(subject, ct)) return false;
        var categories = Fields.Select(f => f.Category!).Distinct().ToList();
        var outcome = await gate.DecideAsync(new DecisionRequest(ActorRef.Subject(subject), subject, categories, Purpose), ct);
        if (outcome.Grant is not { } grant) return false;
        Data = await reader.ReadAsync(grant, subject, categories, ct);
        return true;
    }

    private void Resolve()
    {
        Site = SitePages.SiteFor(catalogue, SiteId);
        Point = catalogue.Policy.CollectionPoints.Single(p => p.Id == AccountService.PointId);
        ViewData["Site"] = Site;
    }
}

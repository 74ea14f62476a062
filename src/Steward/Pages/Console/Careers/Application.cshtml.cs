using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Steward.Careers;
using Steward.Core.Audit;
using Steward.Core.Careers;
using Steward.Core.Consent;
using Steward.Core.Gate;
using Steward.Core.Storage;
using Steward.Core.Vault;
using Steward.Staff;

namespace Steward.Pages.Console.Careers;

/// <summary>One application to one of the recruiter's own postings: the gate decides (recruitment,
/// as this member with their roles), the vault reads against the grant, and the view is audited.
/// Another recruiter's application does not exist here (404).</summary>
[Authorize(Policy = CareersPolicies.Recruit)]
public sealed class ApplicationModel(JobPostings postings, GateService gate, VaultReader vault, CollectionPointForm form, IAuditTrail audit, StewardDb db) : PageModel
{
    private static readonly string[] Everything = ["identity", "contact", "application"];
    private static readonly string[] Resume = ["application.resume"];

    public JobApplication Application { get; private set; } = null!;
    public JobPosting Posting { get; private set; } = null!;
    public CollectionPointForm Form => form;
    public string? Refusal { get; private set; }
    public IReadOnlyDictionary<(string Category, string Name), string> Values { get; private set; } = new Dictionary<(string, string), string>();
    public IReadOnlyDictionary<string, ConsentStatus> Consents { get; private set; } = new Dictionary<string, ConsentStatus>();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken)) return NotFound();
        var actor = StaffAudit.Actor(User);
        var outcome = await gate.DecideAsync(new DecisionRequest(actor, Application.SubjectId, Everything, CareersPolicies.Purpose), cancellationToken);
        if (outcome.Grant is not { } grant)
        {
            Refusal = outcome.Decision.Reason;
            Response.StatusCode = StatusCodes.Status403Forbidden;
            return Page();
        }
        var values = await vault.ReadAsync(grant, Application.SubjectId, cancellationToken: cancellationToken);
        Values = values.Where(v => !(v.Category == "application.resume" && v.Name == ResumeNames.File)).ToDictionary(v => (v.Category, v.Name), v => v.Value);
        Consents = (await db.Set<ConsentRecord>().AsNoTracking().Where(c => c.SubjectId == Application.SubjectId).ToListAsync(cancellationToken))
            .GroupBy(c => c.Purpose).ToDictionary(g => g.Key, g => g.MaxBy(c => c.Id)!.Status);
        await audit.AppendAsync(new AuditRecord(actor.ToString(), "careers.application.view", Application.SubjectId, CareersPolicies.Purpose, null, $"application {id:n}"), cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnGetResumeAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken) || !Application.HasResume) return NotFound();
        var actor = StaffAudit.Actor(User);
        var outcome = await gate.DecideAsync(new DecisionRequest(actor, Application.SubjectId, Resume, CareersPolicies.Purpose), cancellationToken);
        if (outcome.Grant is not { } grant) return Forbid();
        var fields = (await vault.ReadAsync(grant, Application.SubjectId, Resume, cancellationToken)).ToDictionary(v => v.Name, v => v.Value);
        if (!fields.TryGetValue(ResumeNames.File, out var file)) return NotFound();
        await audit.AppendAsync(new AuditRecord(actor.ToString(), "careers.resume.download", Application.SubjectId, CareersPolicies.Purpose, null, $"application {id:n}"), cancellationToken);
        return File(Convert.FromBase64String(file), fields.GetValueOrDefault(ResumeNames.Type) ?? "application/octet-stream", fields.GetValueOrDefault(ResumeNames.FileName) ?? "resume");
    }

    public string? Value(string category, string name = "") => Values.TryGetValue((category, name), out var value) ? value : null;

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await postings.ApplicationOfOwnerAsync(id, User.FindFirstValue(ClaimTypes.NameIdentifier)!, cancellationToken) is not { } found) return false;
        (Application, Posting) = found;
        return true;
    }
}

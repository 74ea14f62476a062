using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Steward.Core.Audit;
using Steward.Core.Storage;
using Steward.Hosting;
using Steward.Staff;

namespace Steward.Pages.Console;

/// <summary>Auditors (roles the catalogue grants internal audit) read the audit log, newest first,
/// filter it, and check it on demand; each check is itself recorded in the log.</summary>
[Authorize(Policy = StaffPolicies.ReadAudit)]
public sealed class AuditModel(StewardDb db, StaffAudit audit, IOptions<StewardOptions> steward, IOptions<AuditOptions> auditOptions) : PageModel
{
    private static readonly string[] Decisions = ["allowed", "denied"];

    [BindProperty(SupportsGet = true, Name = "action")] public string? ActionPrefix { get; set; }
    [BindProperty(SupportsGet = true, Name = "subject")] public string? Subject { get; set; }
    [BindProperty(SupportsGet = true, Name = "decision")] public string? Decision { get; set; }
    [BindProperty(SupportsGet = true, Name = "before")] public string? Before { get; set; }
    [BindProperty(SupportsGet = true, Name = "after")] public string? After { get; set; }

    public AuditEntryPage Entries { get; private set; } = new([], null, null);
    public AuditCheckpoint? Checkpoint { get; private set; }
    public AuditVerification? Verification { get; private set; }
    public List<string> Errors { get; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostVerifyAsync(CancellationToken cancellationToken)
    {
        var trusted = AuditTrust.TrustedKeyIds(auditOptions.Value, steward.Value.DataFolder);
        Verification = await new AuditVerifier(db).VerifyAsync(trusted, cancellationToken);
        var outcome = Verification.Failure is { } failure
            ? $"failed at {failure}"
            : $"passed: {Verification.Entries} entries, {Verification.Checkpoints} checkpoints";
        await audit.RecordAsync(StaffAudit.Actor(User), "audit.verify", outcome, cancellationToken: cancellationToken);
        (ActionPrefix, Subject, Decision, Before, After) = (null, null, null, null, null);
        await LoadAsync(cancellationToken);
        return Page();
    }

    /// <summary>This page's address with the current filters, the language and a page position.</summary>
    public string Link(long? before = null, long? after = null)
    {
        var query = QueryString.Create(new Dictionary<string, string?>
        {
            ["action"] = NullIfEmpty(ActionPrefix),
            ["subject"] = NullIfEmpty(Subject),
            ["decision"] = NullIfEmpty(Decision),
            ["before"] = before?.ToString(CultureInfo.InvariantCulture),
            ["after"] = after?.ToString(CultureInfo.InvariantCulture),
            ["lang"] = Localization.Current,
        }.Where(p => p.Value is not null));
        return ConsoleLinks.Audit + query;
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Checkpoint = await AuditBrowse.LatestCheckpointAsync(db, cancellationToken);
        if (ReadFilter() is { } filter)
            Entries = await AuditBrowse.ReadAsync(db, filter, Position(Before), Position(After), cancellationToken);
    }

    /// <summary>The filter asked for, or null (with the reasons in <see cref="Errors"/>) when it is not one.</summary>
    private AuditFilter? ReadFilter()
    {
        var text = AuditText.Current;
        ActionPrefix = ActionPrefix?.Trim();
        Subject = Subject?.Trim();
        if (!string.IsNullOrEmpty(ActionPrefix) && (ActionPrefix.Length > AuditLimits.Action || !ActionPrefix.All(IsActionChar)))
            Errors.Add(text.ActionInvalid);
        Guid? subject = null;
        if (!string.IsNullOrEmpty(Subject))
        {
            if (Guid.TryParse(Subject, out var id)) subject = id;
            else Errors.Add(text.SubjectInvalid);
        }
        if (!string.IsNullOrEmpty(Decision) && !Decisions.Contains(Decision)) Errors.Add(text.DecisionInvalid);
        return Errors.Count > 0 ? null : new AuditFilter(NullIfEmpty(ActionPrefix), subject, NullIfEmpty(Decision));
    }

    private static bool IsActionChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-';

    private static long? Position(string? value) =>
        long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) ? index : null;

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}

using Microsoft.EntityFrameworkCore;
using Steward.Core.Catalogue;
using Steward.Core.Email;
using Steward.Core.Staff;
using Steward.Core.Storage;

namespace Steward.Core.Requests;

/// <summary>One round of the clock (P6.3): a reminder for every open case within a week of its deadline,
/// an escalation for every case past it. Each is recorded once in the case's history and the audit log,
/// and mailed to the member the case is assigned to, else to the privacy team's published address.</summary>
public sealed class RequestClock(StewardDb db, RequestCases cases, LoadedCatalogue catalogue, EmailComposer composer, IEmailSender sender,
    TimeProvider clock, RequestLinks links)
{
    public async Task<int> TickAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var remindFrom = now + RequestDeadlines.ReminderLead;
        var open = new[] { CaseState.Open, CaseState.AwaitingProof, CaseState.Processing };
        var due = await db.Set<RightsCase>()
            .Where(c => open.Contains(c.State) && ((c.RemindedAt == null && c.DueAt <= remindFrom) || (c.EscalatedAt == null && c.DueAt < now)))
            .OrderBy(c => c.DueAt).ToListAsync(ct);
        foreach (var rightsCase in due)
        {
            var escalate = rightsCase.DueAt < now && rightsCase.EscalatedAt is null;
            if (rightsCase.RemindedAt is null)
            {
                rightsCase.RemindedAt = now;
                await cases.RecordAsync(rightsCase, RequestVault.Worker, "reminded", "due " + rightsCase.DueAt.ToString("u", System.Globalization.CultureInfo.InvariantCulture), ct);
                await MailAsync(rightsCase, "Reminder", ct);
            }
            if (escalate)
            {
                rightsCase.EscalatedAt = now;
                await cases.RecordAsync(rightsCase, RequestVault.Worker, "escalated", "overdue", ct);
                await MailAsync(rightsCase, "Overdue", ct);
            }
        }
        return due.Count;
    }

    private async Task MailAsync(RightsCase rightsCase, string what, CancellationToken ct)
    {
        var to = rightsCase.AssignedTo is { } member
            ? await db.Set<StaffUser>().Where(u => u.Id == member).Select(u => u.Email).SingleOrDefaultAsync(ct)
            : null;
        to ??= catalogue.Policy.Organisation.Contact.Email;
        if (string.IsNullOrEmpty(to)) return;
        var subject = $"{what}: privacy request {rightsCase.Reference} due {rightsCase.DueAt:yyyy-MM-dd}";
        var body = $"{what}: the {rightsCase.Kind} request {rightsCase.Reference} is due {rightsCase.DueAt:yyyy-MM-dd HH:mm} UTC.\n{links.To("/console/requests/" + rightsCase.Reference)}";
        await sender.SendAsync(composer.Compose(to, subject, body, null, "en"), ct);
    }
}

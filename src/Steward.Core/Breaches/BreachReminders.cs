using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Steward.Core.Audit;
using Steward.Core.Email;
using Steward.Core.Storage;

namespace Steward.Core.Breaches;

/// <summary>Reminds the privacy team of each open breach whose authority has not been told, at 24,
/// 48 and 60 hours after awareness; each reminder is sent once (a row per breach and mark).</summary>
public sealed class BreachReminders(StewardDb db, EmailComposer composer, IEmailSender sender, IAuditTrail audit, TimeProvider time)
{
    public static readonly int[] Marks = [24, 48, 60];

    public async Task<int> SendDueAsync(string to, string consoleLink, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var open = await db.Set<Breach>().AsNoTracking().Where(b => b.AuthorityNotifiedAt == null && b.ClosedAt == null).ToListAsync(ct);
        var sent = 0;
        foreach (var breach in open)
        {
            var done = await db.Set<BreachReminder>().Where(r => r.BreachId == breach.Id).Select(r => r.Hours).ToListAsync(ct);
            // Only the latest mark passed is sent: a node down for a day does not send three at once.
            var due = Marks.Where(m => breach.AwareAt.AddHours(m) <= now && !done.Contains(m)).ToList();
            if (due.Count == 0) continue;
            db.Set<BreachReminder>().AddRange(due.Select(m => new BreachReminder { BreachId = breach.Id, Hours = m, SentAt = now }));
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            var hours = due.Max();
            var left = breach.AwareAt.AddHours(BreachRegister.DefaultHours) - now;
            var text = string.Create(CultureInfo.InvariantCulture,
                $"Breach {breach.Id} \"{breach.Title}\": {hours} hours since awareness, the authority has not been notified. About {Math.Max(0, (int)left.TotalHours)} hours remain of 72.\n{consoleLink}\n\n" +
                $"安全事件 {breach.Id}「{breach.Title}」：自知悉起已过 {hours} 小时，尚未向监管机构报告。72 小时期限约剩 {Math.Max(0, (int)left.TotalHours)} 小时。\n{consoleLink}");
            await sender.SendAsync(composer.Compose(to, $"Breach {breach.Id}: {hours} h since awareness / 安全事件 {breach.Id}：已过 {hours} 小时", text), ct);
            await audit.AppendAsync(new AuditRecord("system:steward:breaches", "breach.reminder", null, null, hours.ToString(CultureInfo.InvariantCulture), $"breach {breach.Id}"), ct);
            sent++;
        }
        return sent;
    }
}

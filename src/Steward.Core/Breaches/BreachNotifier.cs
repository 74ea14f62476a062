using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Steward.Core.Audit;
using Steward.Core.Catalogue;
using Steward.Core.Email;
using Steward.Core.Gate;
using Steward.Core.Storage;
using Steward.Core.Vault;

namespace Steward.Core.Breaches;

/// <summary>Tells the people affected by a high-risk breach (GDPR art. 34, PIPL art. 57): each
/// address is read from the vault through the gate (purpose "legal"), used for one email, and
/// never stored elsewhere.</summary>
public sealed class BreachNotifier(StewardDb db, GateService gate, VaultReader vault, EmailComposer composer, IEmailSender sender,
    LoadedCatalogue catalogue, IAuditTrail audit, TimeProvider time)
{
    public const string Purpose = "legal";

    public async Task<int> NotifyPeopleAsync(ActorRef actor, long breachId, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var breach = await db.Set<Breach>().FirstOrDefaultAsync(b => b.Id == breachId, ct) ?? throw new BreachException("id", $"No breach {breachId}.");
        if (breach.Risk != BreachRisk.HighRisk) throw new BreachException("risk", "People are told directly only when the risk to them is high.");
        var pending = await db.Set<BreachSubject>().Where(s => s.BreachId == breachId && s.NotifiedAt == null).Select(s => s.SubjectId).ToListAsync(ct);
        var sent = 0;
        foreach (var subject in pending)
        {
            var outcome = await gate.DecideAsync(new DecisionRequest(actor, subject, ["contact.email"], Purpose), ct);
            if (outcome.Grant is null) continue;
            var values = await vault.ReadAsync(outcome.Grant, subject, ["contact.email"], ct);
            var email = values.Count > 0 ? values[0].Value : null;
            if (email is null) continue;
            var (subjectLine, text) = Message(breach);
            await sender.SendAsync(composer.Compose(email, subjectLine, text, language: "en"), ct);
            await db.Set<BreachSubject>().Where(s => s.BreachId == breachId && s.SubjectId == subject)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.NotifiedAt, time.GetUtcNow()), ct);
            await audit.AppendAsync(new AuditRecord(actor.ToString(), "breach.person_notified", subject, Purpose, null, $"breach {breachId}"), ct);
            sent++;
        }
        breach.PeopleNotifiedAt = time.GetUtcNow();
        breach.PeopleNotified += sent;
        await db.SaveChangesAsync(ct);
        return sent;
    }

    /// <summary>One message in English and Chinese: what happened, its likely effects, what was done,
    /// what the person can do, and whom to ask.</summary>
    private (string Subject, string Text) Message(Breach breach)
    {
        var org = catalogue.Policy.Organisation;
        var subject = $"Important: a security incident concerning your information / 重要：涉及您个人信息的安全事件 ({org.Name.In("en")})";
        var text = string.Create(CultureInfo.InvariantCulture, $"""
            We are writing to tell you about a security incident that concerns your personal information.

            What happened: {breach.Nature}
            Likely consequences: {breach.Consequences}
            What we have done: {breach.Measures}
            What you can do: {breach.AdviceToPeople}
            Questions: {org.Contact.Email}

            我们特此告知您一起涉及您个人信息的安全事件。

            事件情况：{breach.Nature}
            可能的影响：{breach.Consequences}
            我们已采取的措施：{breach.Measures}
            您可以采取的措施：{breach.AdviceToPeople}
            如有疑问，请联系：{org.Contact.Email}
            """);
        return (subject, text);
    }
}

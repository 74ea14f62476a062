using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Steward.Core.Catalogue;
using Steward.Core.Email;
using Steward.Core.Gate;
using Steward.Core.Storage;

namespace Steward.Core.Requests;

/// <summary>Writes each reply of a case from the templates in the person's language, always with how to
/// complain to their data protection authority (P6.6), and sends it to the email on file. The Privacy
/// Center shows the same text.</summary>
public sealed class RequestReplies(StewardDb db, LoadedCatalogue catalogue, RequestVault vault, RequestDeadlines deadlines,
    EmailComposer composer, IEmailSender sender, RequestLinks links)
{
    public const string Received = "received", ProofRequested = "proof_requested", Extended = "extended",
        Declined = "declined", Answered = "answered", Completed = "completed";

    public async Task<ReplyMessage> ComposeAsync(RightsCase rightsCase, string type, string? downloadLink = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(rightsCase);
        var lang = rightsCase.Language;
        var t = ReplyText.For(lang);
        var org = catalogue.Policy.Organisation;
        var reference = rightsCase.Reference;
        var body = new StringBuilder().AppendLine(t.Greeting).AppendLine();
        switch (type)
        {
            case Received:
                body.AppendLine(F(t.Received, reference, t.Kinds[rightsCase.Kind], Day(rightsCase.ReceivedAt), Day(rightsCase.DueAt)));
                break;
            case ProofRequested:
                body.AppendLine(F(t.ProofRequested, reference, t.Proofs.GetValueOrDefault(rightsCase.ProofRequested ?? "") ?? rightsCase.ProofRequested ?? "", org.Contact.Email));
                break;
            case Extended:
                body.AppendLine(F(t.Extended, reference, t.ExtensionReasons[rightsCase.ExtensionReason ?? ExtensionReason.Complexity], Day(rightsCase.DueAt)));
                break;
            case Declined:
                body.AppendLine(F(t.Declined, reference, t.DeclineReasons[rightsCase.DeclineReason ?? DeclineReason.Unfeasible]));
                if (await vault.NoteAsync(rightsCase.SubjectId, reference, "explanation", ct) is { } explanation) body.AppendLine(explanation);
                break;
            case Answered:
                body.AppendLine(F(t.Answered, reference));
                if (await vault.NoteAsync(rightsCase.SubjectId, reference, "answer", ct) is { } answer) body.AppendLine(answer);
                break;
            default:
                body.AppendLine(F(Done(t, rightsCase.Kind), reference, Purpose(rightsCase.Purpose, lang) ?? Site(rightsCase.Destination, lang) ?? ""));
                if (await TransferAsync(rightsCase.Id, ct) is { } transferred)
                    body.AppendLine().AppendLine(F(transferred ? t.TransferDone : t.TransferRefused, Site(rightsCase.Destination, lang) ?? ""));
                if (rightsCase.KeptUnderHold) body.AppendLine().AppendLine(F(t.Kept, await HoldReasonsAsync(rightsCase.SubjectId, ct)));
                if (downloadLink is not null) body.AppendLine().AppendLine(F(t.DownloadLink, downloadLink, RequestLinks.PackageDays));
                break;
        }
        body.AppendLine().AppendLine(F(t.PrivacyCenter, links.To("/privacy/requests?lang=" + lang)));
        foreach (var authority in Authorities(rightsCase.Region))
            body.AppendLine(F(t.Complaint, authority.Name.In(lang), authority.Url));
        body.AppendLine().AppendLine(F(t.SignOff, org.Name.In(lang)));
        return new ReplyMessage(F(t.SubjectLine, reference), body.ToString());
    }

    /// <summary>Composes and sends; returns false when the subject has no email on file (the Privacy Center still shows it).</summary>
    public async Task<bool> SendAsync(RightsCase rightsCase, string type, string? downloadLink = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(rightsCase);
        var email = await vault.EmailAsync(rightsCase.SubjectId, ct);
        if (email is null) return false;
        var message = await ComposeAsync(rightsCase, type, downloadLink, ct);
        await sender.SendAsync(composer.Compose(email, message.Subject, message.Body, null, rightsCase.Language), ct);
        return true;
    }

    public string PackageLink(string token) => links.To("/privacy/requests/package/" + token);

    /// <summary>The authority of the case's region; every region's when it names none.</summary>
    public IEnumerable<Catalogue.Model.Authority> Authorities(string region) =>
        deadlines.RegionOf(region) is { } r ? [r.Authority] : catalogue.Policy.Regions.Select(x => x.Authority);

    private async Task<string> HoldReasonsAsync(Guid subjectId, CancellationToken ct)
    {
        var reasons = await db.Set<LegalHold>().AsNoTracking().Where(h => h.SubjectId == subjectId && h.ReleasedAt == null).Select(h => h.Reason).ToListAsync(ct);
        return string.Join("; ", reasons);
    }

    private static string Done(ReplyText t, RequestKind kind) => kind switch
    {
        RequestKind.Access or RequestKind.Portability => t.DoneAccess,
        RequestKind.Correction => t.DoneCorrection,
        RequestKind.Restriction => t.DoneRestriction,
        RequestKind.Objection => t.DoneObjection,
        RequestKind.Erasure => t.DoneErasure,
        RequestKind.Withdrawal => t.DoneWithdrawal,
        RequestKind.Migration => t.DoneMigration,
        RequestKind.Deregistration => t.DoneDeregistration,
        _ => t.Answered,
    };

    private string? Purpose(string? id, string lang) => id is null ? null : catalogue.Policy.Purposes.FirstOrDefault(p => p.Id == id)?.Name.In(lang) ?? id;

    /// <summary>A site, or the group service (a catalogue recipient) a migration goes to.</summary>
    private string? Site(string? id, string lang) => id is null ? null
        : catalogue.FindSite(id)?.Name.In(lang) ?? catalogue.Policy.Recipients.Find(r => r.Id == id)?.Name.In(lang) ?? id;

    /// <summary>Whether a migration's direct transfer was made; null when none was tried.</summary>
    private async Task<bool?> TransferAsync(Guid caseId, CancellationToken ct)
    {
        var actions = await db.Set<CaseEvent>().AsNoTracking()
            .Where(e => e.CaseId == caseId && (e.Action == MigrationTransfer.Transferred || e.Action == MigrationTransfer.Refused))
            .Select(e => e.Action).ToListAsync(ct);
        return actions.Count == 0 ? null : actions.Contains(MigrationTransfer.Transferred);
    }

    private static string Day(DateTimeOffset time) => time.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string F(string format, params object[] args) => string.Format(CultureInfo.InvariantCulture, format, args);
}

public sealed record ReplyMessage(string Subject, string Body);

/// <summary>Absolute links to Steward's pages, for replies (the host supplies how they are made).</summary>
public sealed class RequestLinks(Func<string, Uri> to)
{
    /// <summary>Days an expiring package link works.</summary>
    public const int PackageDays = 7;

    public string To(string path) => to(path).ToString();
}

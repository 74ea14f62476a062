using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using Microsoft.EntityFrameworkCore;
using Steward.Core.Audit;
using Steward.Core.Catalogue;
using Steward.Core.Catalogue.Loading;
using Steward.Core.Email;
using Steward.Core.Gate;
using Steward.Core.Storage;
using Steward.Core.Vault;

namespace Steward.Core.Notices;

/// <summary>Notice changes (P10.1 to P10.3): the readable difference between a version and the one
/// before it, staff's marking of a change as material with its effective date (no sooner than the
/// lead time), the announcement by email to everyone who accepted the site's notice, the banner
/// while a material change is pending, and each person's shown and accepted versions.</summary>
public sealed class NoticeChanges(StewardDb db, LoadedCatalogue catalogue, GateService gate, VaultReader vault,
    EmailComposer composer, IEmailSender sender, IAuditTrail audit, TimeProvider time)
{
    public TimeSpan LeadTime(DateTimeOffset from) =>
        (IsoPeriod.TryParse(catalogue.Policy.Notice.MaterialChangeLeadTime, out var p) ? p : new IsoPeriod(0, 0, 30)).AddTo(from) - from;

    /// <summary>The version published before <paramref name="version"/> for the site, or null for the first.</summary>
    public async Task<NoticeVersion?> PreviousAsync(string siteId, string version, CancellationToken ct = default)
    {
        var current = await db.NoticeVersions.AsNoTracking().FirstOrDefaultAsync(v => v.SiteId == siteId && v.Version == version, ct);
        if (current is null) return null;
        return await db.NoticeVersions.AsNoTracking().Include(v => v.Texts)
            .Where(v => v.SiteId == siteId && v.Id != current.Id && v.PublishedAt <= current.PublishedAt)
            .OrderByDescending(v => v.PublishedAt).ThenByDescending(v => v.Id).FirstOrDefaultAsync(ct);
    }

    /// <summary>Line by line: what was removed, what was added, what stayed.</summary>
    public async Task<IReadOnlyList<NoticeDiffLine>> DiffAsync(string siteId, string version, string language, CancellationToken ct = default)
    {
        var now = await db.NoticeVersions.AsNoTracking().Include(v => v.Texts).FirstOrDefaultAsync(v => v.SiteId == siteId && v.Version == version, ct);
        if (now is null) return [];
        var before = await PreviousAsync(siteId, version, ct);
        string Text(NoticeVersion? v) => v?.Texts.Find(t => t.Language == language)?.Markdown ?? "";
        var diff = InlineDiffBuilder.Diff(Text(before), Text(now));
        return [.. diff.Lines.Select(l => new NoticeDiffLine(l.Type switch
        {
            ChangeType.Inserted => NoticeDiffKind.Added,
            ChangeType.Deleted => NoticeDiffKind.Removed,
            _ => NoticeDiffKind.Same,
        }, l.Text))];
    }

    public async Task<NoticeChange> MarkAsync(ActorRef actor, string siteId, string version, bool material, DateTimeOffset effectiveAt, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!await db.NoticeVersions.AnyAsync(v => v.SiteId == siteId && v.Version == version, ct))
            throw new NoticeChangeException("version", $"No version {version} of the notice of '{siteId}'.");
        var now = time.GetUtcNow();
        if (material && effectiveAt < now + LeadTime(now))
            throw new NoticeChangeException("effectiveAt", $"A material change takes effect no sooner than {catalogue.Policy.Notice.MaterialChangeLeadTime} after it is announced.");
        if (!material && effectiveAt < now) effectiveAt = now;
        var change = await db.Set<NoticeChange>().FirstOrDefaultAsync(c => c.SiteId == siteId && c.Version == version, ct);
        if (change?.AnnouncedAt is not null) throw new NoticeChangeException("version", "This change has been announced already.");
        if (change is null)
        {
            change = new NoticeChange { SiteId = siteId, Version = version, MarkedBy = actor.ToString() };
            db.Set<NoticeChange>().Add(change);
        }
        change.PreviousVersion = (await PreviousAsync(siteId, version, ct))?.Version;
        (change.Material, change.EffectiveAt, change.MarkedAt, change.MarkedBy) = (material, effectiveAt, now, actor.ToString());
        await db.SaveChangesAsync(ct);
        await audit.AppendAsync(new AuditRecord(actor.ToString(), "notice.change", null, null, material ? "material" : "not material", $"{siteId} {version}"), ct);
        return change;
    }

    /// <summary>Emails every person who accepted a version of the site's notice about a material
    /// change: the address is read through the gate (purpose "legal"), used once, never kept.</summary>
    public async Task<int> AnnounceAsync(ActorRef actor, long changeId, Func<string, string> link, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(link);
        var change = await db.Set<NoticeChange>().FirstOrDefaultAsync(c => c.Id == changeId, ct) ?? throw new NoticeChangeException("id", $"No change {changeId}.");
        if (!change.Material) throw new NoticeChangeException("material", "Only a material change is announced.");
        var people = await db.Set<NoticeReading>().Where(r => r.SiteId == change.SiteId && r.AcceptedAt != null).Select(r => r.SubjectId).Distinct().ToListAsync(ct);
        var sent = 0;
        var org = catalogue.Policy.Organisation.Name;
        var when = change.EffectiveAt.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var address = link($"/notice/{change.SiteId}/versions/{change.Version}");
        foreach (var subject in people)
        {
            var outcome = await gate.DecideAsync(new DecisionRequest(actor, subject, ["contact.email"], "legal"), ct);
            if (outcome.Grant is null) continue;
            var values = await vault.ReadAsync(outcome.Grant, subject, ["contact.email"], ct);
            if (values.Count == 0) continue;
            var text = $"Our privacy notice changes on {when}. Read the new version and what changed: {address}\n\n" +
                       $"我们的隐私声明将于 {when} 起变更。请阅读新版本及变更内容：{address}";
            await sender.SendAsync(composer.Compose(values[0].Value, $"{org.In("en")}: our privacy notice changes on {when} / 隐私声明变更通知", text), ct);
            sent++;
        }
        (change.AnnouncedAt, change.Announced) = (time.GetUtcNow(), sent);
        await db.SaveChangesAsync(ct);
        await audit.AppendAsync(new AuditRecord(actor.ToString(), "notice.announce", null, null, null, $"{change.SiteId} {change.Version}: {sent} people"), ct);
        return sent;
    }

    /// <summary>The material change announced for a site that has not yet taken effect, if any.</summary>
    public Task<NoticeChange?> PendingAsync(string siteId, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        return db.Set<NoticeChange>().AsNoTracking()
            .Where(c => c.SiteId == siteId && c.Material && c.AnnouncedAt != null && c.EffectiveAt > now)
            .OrderBy(c => c.EffectiveAt).FirstOrDefaultAsync(ct);
    }

    public async Task RecordShownAsync(Guid subjectId, string siteId, string version, CancellationToken ct = default)
    {
        db.Set<NoticeReading>().Add(new NoticeReading { SubjectId = subjectId, SiteId = siteId, Version = version, ShownAt = time.GetUtcNow() });
        await db.SaveChangesAsync(ct);
    }

    public async Task RecordAcceptedAsync(Guid subjectId, string siteId, string version, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var shown = await db.Set<NoticeReading>().Where(r => r.SubjectId == subjectId && r.SiteId == siteId && r.Version == version && r.AcceptedAt == null)
            .OrderByDescending(r => r.Id).FirstOrDefaultAsync(ct);
        if (shown is null) db.Set<NoticeReading>().Add(new NoticeReading { SubjectId = subjectId, SiteId = siteId, Version = version, ShownAt = now, AcceptedAt = now });
        else shown.AcceptedAt = now;
        await db.SaveChangesAsync(ct);
        await audit.AppendAsync(new AuditRecord(ActorRef.Subject(subjectId).ToString(), "notice.accept", subjectId, null, null, $"{siteId} {version}"), ct);
    }

    /// <summary>Every version a person was shown or accepted, oldest first.</summary>
    public Task<List<NoticeReading>> ReadingsAsync(Guid subjectId, CancellationToken ct = default) =>
        db.Set<NoticeReading>().AsNoTracking().Where(r => r.SubjectId == subjectId).OrderBy(r => r.Id).ToListAsync(ct);
}

public enum NoticeDiffKind { Same, Added, Removed }

public sealed record NoticeDiffLine(NoticeDiffKind Kind, string Text);

public sealed class NoticeChangeException(string field, string message) : InvalidOperationException(message)
{
    public string Field { get; } = field;
}

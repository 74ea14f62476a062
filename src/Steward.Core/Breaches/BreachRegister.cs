using Microsoft.EntityFrameworkCore;
using Steward.Core.Audit;
using Steward.Core.Catalogue;
using Steward.Core.Gate;
using Steward.Core.Storage;
using Steward.Core.Vault;

namespace Steward.Core.Breaches;

/// <summary>The breach register (P5.6): register on awareness, add information in phases, assess the
/// risk, link the people affected, record the notification to the authority (with the reason when
/// late), and close. Every step is audited with ids only.</summary>
public sealed class BreachRegister(StewardDb db, LoadedCatalogue catalogue, IAuditTrail audit, TimeProvider time)
{
    public const int DefaultHours = 72;

    public async Task<long> RegisterAsync(ActorRef actor, string title, DateTimeOffset awareAt, string nature, IReadOnlyList<string> categories, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (string.IsNullOrWhiteSpace(title)) throw new BreachException("title", "A breach needs a title.");
        if (awareAt > time.GetUtcNow()) throw new BreachException("awareAt", "Awareness cannot be in the future.");
        if (categories.FirstOrDefault(c => !catalogue.Policy.Categories.Exists(x => x.Id == c)) is { } unknown)
            throw new BreachException("categories", $"Unknown category '{unknown}'.");
        var breach = new Breach { Title = title.Trim(), AwareAt = awareAt, RegisteredAt = time.GetUtcNow(), Nature = nature.Trim(), Categories = [.. categories] };
        db.Set<Breach>().Add(breach);
        await db.SaveChangesAsync(ct);
        await audit.AppendAsync(new AuditRecord(actor.ToString(), "breach.register", null, null, null, $"breach {breach.Id}"), ct);
        return breach.Id;
    }

    public Task<Breach?> FindAsync(long id, CancellationToken ct = default) =>
        db.Set<Breach>().Include(b => b.Updates.OrderBy(u => u.Id)).FirstOrDefaultAsync(b => b.Id == id, ct);

    public Task<List<Breach>> AllAsync(CancellationToken ct = default) => db.Set<Breach>().AsNoTracking().OrderByDescending(b => b.Id).ToListAsync(ct);

    public async Task AddUpdateAsync(ActorRef actor, long id, string text, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var breach = await OpenAsync(id, ct);
        if (string.IsNullOrWhiteSpace(text)) throw new BreachException("text", "An update needs some text.");
        breach.Updates.Add(new BreachUpdate { At = time.GetUtcNow(), Actor = actor.ToString(), Text = text.Trim() });
        await db.SaveChangesAsync(ct);
        await audit.AppendAsync(new AuditRecord(actor.ToString(), "breach.update", null, null, null, $"breach {id}"), ct);
    }

    public async Task AssessAsync(ActorRef actor, long id, BreachRisk risk, string reason, string consequences, string measures, string advice, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var breach = await OpenAsync(id, ct);
        if (risk == BreachRisk.Unassessed) throw new BreachException("risk", "Choose a level of risk.");
        if (string.IsNullOrWhiteSpace(reason)) throw new BreachException("reason", "Say why this level of risk.");
        (breach.Risk, breach.RiskReason, breach.AssessedAt) = (risk, reason.Trim(), time.GetUtcNow());
        (breach.Consequences, breach.Measures, breach.AdviceToPeople) = (consequences.Trim(), measures.Trim(), advice.Trim());
        await db.SaveChangesAsync(ct);
        await audit.AppendAsync(new AuditRecord(actor.ToString(), "breach.assess", null, null, risk.ToString(), $"breach {id}"), ct);
    }

    /// <summary>Links people found through the vault (by id) to the breach, under a region's law.</summary>
    public async Task<int> AddAffectedAsync(ActorRef actor, long id, IReadOnlyCollection<Guid> subjects, string region, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await OpenAsync(id, ct);
        if (!catalogue.Policy.Regions.Exists(r => r.Id == region)) throw new BreachException("region", $"Unknown region '{region}'.");
        var known = await db.Set<DataSubject>().Where(s => subjects.Contains(s.Id)).Select(s => s.Id).ToListAsync(ct);
        var already = await db.Set<BreachSubject>().Where(s => s.BreachId == id && known.Contains(s.SubjectId)).Select(s => s.SubjectId).ToListAsync(ct);
        var added = known.Except(already).ToList();
        db.Set<BreachSubject>().AddRange(added.Select(s => new BreachSubject { BreachId = id, SubjectId = s, Region = region }));
        await db.SaveChangesAsync(ct);
        await audit.AppendAsync(new AuditRecord(actor.ToString(), "breach.affected", null, null, region, $"breach {id}: {added.Count} people"), ct);
        return added.Count;
    }

    /// <summary>The people and categories affected, as counts by region and by category.</summary>
    public async Task<BreachImpact> ImpactAsync(long id, CancellationToken ct = default)
    {
        var breach = await db.Set<Breach>().AsNoTracking().FirstAsync(b => b.Id == id, ct);
        var byRegion = await db.Set<BreachSubject>().Where(s => s.BreachId == id).GroupBy(s => s.Region)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var affected = db.Set<BreachSubject>().Where(s => s.BreachId == id).Select(s => s.SubjectId);
        var held = await db.Set<VaultField>().Where(f => affected.Contains(f.SubjectId)).Select(f => new { f.SubjectId, f.Category }).Distinct()
            .GroupBy(f => f.Category).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var byCategory = breach.Categories.Count == 0 ? held
            : held.Where(h => Sharing.SharingRules.Covers(breach.Categories, h.Key)).ToDictionary(h => h.Key, h => h.Value);
        return new BreachImpact(byRegion, byCategory, byRegion.Values.Sum());
    }

    /// <summary>When the authority must be told: the shortest deadline among the affected regions
    /// (72 hours where none is linked yet).</summary>
    public async Task<DateTimeOffset> DeadlineAsync(Breach breach, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(breach);
        var regions = await db.Set<BreachSubject>().Where(s => s.BreachId == breach.Id).Select(s => s.Region).Distinct().ToListAsync(ct);
        var hours = catalogue.Policy.Regions.Where(r => regions.Contains(r.Id)).Select(r => r.BreachNotificationHours).DefaultIfEmpty(DefaultHours).Min();
        return breach.AwareAt.AddHours(hours);
    }

    public async Task RecordAuthorityNotifiedAsync(ActorRef actor, long id, string? lateReason, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var breach = await OpenAsync(id, ct);
        var now = time.GetUtcNow();
        var late = now > await DeadlineAsync(breach, ct);
        if (late && string.IsNullOrWhiteSpace(lateReason)) throw new BreachException("lateReason", "The deadline has passed: say why the notification is late.");
        (breach.AuthorityNotifiedAt, breach.LateReason) = (now, late ? lateReason!.Trim() : null);
        await db.SaveChangesAsync(ct);
        await audit.AppendAsync(new AuditRecord(actor.ToString(), "breach.authority_notified", null, null, late ? "late" : "in time", $"breach {id}"), ct);
    }

    public async Task CloseAsync(ActorRef actor, long id, string note, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var breach = await OpenAsync(id, ct);
        if (breach.Risk == BreachRisk.Unassessed) throw new BreachException("risk", "Assess the risk before closing.");
        (breach.ClosedAt, breach.ClosingNote) = (time.GetUtcNow(), note.Trim());
        await db.SaveChangesAsync(ct);
        await audit.AppendAsync(new AuditRecord(actor.ToString(), "breach.close", null, null, null, $"breach {id}"), ct);
    }

    private async Task<Breach> OpenAsync(long id, CancellationToken ct)
    {
        var breach = await FindAsync(id, ct) ?? throw new BreachException("id", $"No breach {id}.");
        if (breach.ClosedAt is not null) throw new BreachException("id", $"Breach {id} is closed.");
        return breach;
    }
}

public sealed record BreachImpact(IReadOnlyDictionary<string, int> PeopleByRegion, IReadOnlyDictionary<string, int> PeopleByCategory, int People);

/// <summary>A step refused, naming the field at fault; nothing was changed.</summary>
public sealed class BreachException(string field, string message) : InvalidOperationException(message)
{
    public string Field { get; } = field;
}

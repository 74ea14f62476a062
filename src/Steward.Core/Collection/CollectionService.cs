using Microsoft.EntityFrameworkCore;
using Steward.Core.Audit;
using Steward.Core.Catalogue;
using Steward.Core.Catalogue.Model;
using Steward.Core.Consent;
using Steward.Core.Gate;
using Steward.Core.Storage;
using Steward.Core.Vault;

namespace Steward.Core.Collection;

/// <summary>Turns a checked submission of a catalogue collection point into a vault subject and its
/// consent records. Usage: <c>var form = collection.Validate(submission);</c> and, when
/// <c>form.IsValid</c>, <c>await collection.CollectAsync(submission, form)</c>. Nothing is written
/// unless the form is valid; the same idempotency key stores one record.</summary>
public sealed class CollectionService(StewardDb db, VaultWriter vault, SubjectControls controls, LoadedCatalogue catalogue, IAuditTrail audit, TimeProvider clock)
{
    /// <summary>The collection point if the site offers it (a point that names no site is on every site).</summary>
    public CollectionPoint? Find(string siteId, string pointId) =>
        catalogue.FindSite(siteId) is null ? null
        : catalogue.Policy.CollectionPoints.Find(p => p.Id == pointId && (p.Sites.Count == 0 || p.Sites.Contains(siteId)));

    /// <summary>The consent purposes a point asks about, each on its own unticked line, in catalogue order.</summary>
    public IReadOnlyList<Purpose> ConsentPurposes(CollectionPoint point) =>
        catalogue.Policy.Purposes.Where(p => point.Purposes.Contains(p.Id) && p.LegalBasis == LegalBasis.Consent).ToList();

    /// <summary>The age below which a person on this site needs a guardian (the site's region), or null.</summary>
    public int? JuvenileAge(string siteId) =>
        catalogue.FindSite(siteId) is { } site ? catalogue.Policy.Regions.Find(r => r.Id == site.Region)?.JuvenileAge : null;

    public ValidatedForm Validate(FormSubmission submission)
    {
        ArgumentNullException.ThrowIfNull(submission);
        var point = Find(submission.SiteId, submission.PointId) ?? throw new ArgumentException($"site '{submission.SiteId}' has no collection point '{submission.PointId}'", nameof(submission));
        return FormValidator.Validate(catalogue.Policy, point, submission, Today);
    }

    /// <summary>Whether the birth date given makes the person a juvenile on the submission's site.</summary>
    public bool IsJuvenile(FormSubmission submission, ValidatedForm form)
    {
        ArgumentNullException.ThrowIfNull(submission);
        ArgumentNullException.ThrowIfNull(form);
        if (form.LatestBirthDate is not { } born || JuvenileAge(submission.SiteId) is not { } age) return false;
        return born.AddYears(age) > Today;
    }

    /// <summary>Stores a valid submission: a new subject of the point's kind (or a juvenile) with the
    /// values it declares plus <paramref name="extraValues"/> (which must be of categories its fields
    /// declare: a group's entries, a file's text), then one consent record per consent purpose,
    /// given or refused as ticked, naming the notice version and language shown.</summary>
    public async Task<CollectionResult> CollectAsync(FormSubmission submission, ValidatedForm form, IReadOnlyCollection<VaultValue>? extraValues = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(submission);
        ArgumentNullException.ThrowIfNull(form);
        if (!form.IsValid) throw new InvalidOperationException("An invalid form is not stored.");
        var point = Find(submission.SiteId, submission.PointId) ?? throw new ArgumentException($"unknown collection point '{submission.PointId}'", nameof(submission));
        var values = form.VaultValues.Concat(extraValues ?? []).ToList();
        var declared = Categories(point.Fields).ToHashSet(StringComparer.Ordinal);
        if (values.Find(v => !declared.Contains(v.Category)) is { } stray)
            throw new ArgumentException($"collection point '{point.Id}' does not declare {stray}", nameof(extraValues));

        if (await ClaimAsync(submission, point, ct) is { } earlier) return new CollectionResult(earlier, Repeated: true, Juvenile: false);
        var juvenile = IsJuvenile(submission, form);
        var kind = juvenile ? catalogue.Policy.SubjectKinds.First(k => k.Juvenile).Id : point.SubjectKind;
        Guid subjectId;
        try
        {
            subjectId = await vault.CreateSubjectAsync(kind, values, ActorRef.Steward("collection:" + point.Id), ct);
        }
        catch
        {
            await db.Set<CollectionSubmission>().Where(s => s.IdempotencyKey == submission.IdempotencyKey).ExecuteDeleteAsync(CancellationToken.None);
            throw;
        }
        await db.Set<CollectionSubmission>().Where(s => s.IdempotencyKey == submission.IdempotencyKey)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.SubjectId, subjectId), ct);

        var actor = ActorRef.Subject(subjectId);
        // A juvenile's own consent does not count; the guardian's confirmation covers the account only.
        if (!juvenile)
        {
            foreach (var (purpose, ticked) in form.Consents)
            {
                if (ticked) await controls.GiveConsentAsync(actor, subjectId, purpose, ConsentChannel.Form, submission.NoticeVersion, submission.Language, ct);
                else await controls.RefuseConsentAsync(actor, subjectId, purpose, ConsentChannel.Form, submission.NoticeVersion, submission.Language, ct);
            }
        }
        await audit.AppendAsync(new AuditRecord(actor.ToString(), "collection.collected", subjectId, null, null, $"{point.Id} on {submission.SiteId}{(juvenile ? "; juvenile" : "")}"), ct);
        return new CollectionResult(subjectId, Repeated: false, juvenile);
    }

    /// <summary>Claims the idempotency key; returns the earlier subject when the key was used before.</summary>
    private async Task<Guid?> ClaimAsync(FormSubmission submission, CollectionPoint point, CancellationToken ct)
    {
        var set = db.Set<CollectionSubmission>();
        if (await set.AsNoTracking().FirstOrDefaultAsync(s => s.IdempotencyKey == submission.IdempotencyKey, ct) is { } seen) return seen.SubjectId;
        set.Add(new CollectionSubmission { IdempotencyKey = submission.IdempotencyKey, PointId = point.Id, ReceivedAt = clock.GetUtcNow() });
        try
        {
            await db.SaveChangesAsync(ct);
            return null;
        }
        catch (DbUpdateException)
        {
            // Two posts of one form at the same moment: the other one stores it.
            db.ChangeTracker.Clear();
            return (await set.AsNoTracking().FirstOrDefaultAsync(s => s.IdempotencyKey == submission.IdempotencyKey, ct))?.SubjectId ?? throw new InvalidOperationException("The submission could not be recorded.");
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    private static IEnumerable<string> Categories(IEnumerable<FormField> fields) =>
        fields.SelectMany(f => f.Type == FieldType.Group ? Categories(f.Fields) : f.Category is { } c ? [c] : []);

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}

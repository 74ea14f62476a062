using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Steward.Core.Catalogue;
using Steward.Core.Catalogue.Model;
using Steward.Core.Gate;
using Steward.Core.Sharing;
using Steward.Core.Staff;
using Steward.Core.Storage;
using Steward.Core.Vault;
using Steward.Core.Webhooks;

namespace Steward.Core.Requests;

/// <summary>Pushes a migration into the group service the person chose (P2.7): the flow passes the
/// sharing gate on the catalogue's "at your request" ground (leaving a <see cref="Disclosure"/>), then a
/// signed <c>subject.migrated</c> event goes into the webhook outbox for that service's endpoint.
/// Each part can run again after a crash without repeating what was done.</summary>
public sealed class MigrationTransfer(StewardDb db, SharingGate sharing, GateService gate, VaultReader reader, RequestVault vault,
    WebhookOutbox outbox, LoadedCatalogue catalogue, RequestLinks links, TimeProvider clock)
{
    public const string EventType = "subject.migrated";
    public const string Purpose = "account.migration";
    public const string Ground = "migration_at_your_request";
    /// <summary>Case history actions: the reply and the Privacy Center read which one the case has.</summary>
    public const string Transferred = "transferred", Refused = "transfer_refused";
    public const string SnapshotKey = "transfer";
    /// <summary>Hours the receiving service has to fetch the package (it works once).</summary>
    public const int LinkHours = 24;

    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    /// <summary>A migration whose destination is a catalogue recipient of the group (an affiliate).</summary>
    public static bool Applies(RightsCase rightsCase) => rightsCase is { Kind: RequestKind.Migration, Destination: not null };

    public static bool IsGroupService(Recipient recipient) => recipient.Kind == RecipientKind.Affiliate;

    /// <summary>Returns whether the event is in the outbox, and a note for the case history (ids and codes only).</summary>
    public async Task<(bool Sent, string Note)> RunAsync(RightsCase rightsCase, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(rightsCase);
        var target = rightsCase.Destination!;
        if (await db.Set<WebhookDelivery>().AnyAsync(d => d.CaseId == rightsCase.Id && d.EventType == EventType, ct))
            return (true, target);
        if (!await outbox.HasEndpointAsync(target, ct)) return (false, "no endpoint registered for " + target);

        var categories = await CategoriesAsync(rightsCase.SubjectId, ct);
        if (categories.Count == 0) return (false, "nothing to move");
        var disclosure = await EarlierDisclosureAsync(rightsCase, ct);
        AccessGrant? grant = null;
        if (disclosure is null)
        {
            var outcome = await sharing.DecideAsync(new OutboundFlow(RequestVault.Worker, rightsCase.SubjectId, categories, Purpose, target, Ground,
                FlowKind.Sharing, rightsCase.Region), ct);
            if (!outcome.Decision.Allowed) return (false, $"{outcome.Decision.Code}: {outcome.Decision.Reason}");
            grant = outcome.Grant;
            disclosure = outcome.DisclosureId;
        }

        // The package goes by a one-use link and its SHA-256, not inside the event: outbox rows hold ids
        // only (personal data stays in the vault, and a payload is capped at 4,000 characters), and a
        // package of any size can be fetched. The snapshot is a vault note, so it is erased with the person.
        var snapshot = await vault.NoteAsync(rightsCase.SubjectId, rightsCase.Reference, SnapshotKey, ct);
        if (snapshot is null)
        {
            grant ??= (await gate.DecideAsync(new DecisionRequest(RequestVault.Worker, rightsCase.SubjectId, categories, Purpose), ct)).Grant;
            if (grant is null) return (false, "gate denied reading the data");
            var fields = await reader.ReadAsync(grant, rightsCase.SubjectId, categories, ct);
            snapshot = JsonSerializer.Serialize(new MigrationPackage(rightsCase.SubjectId, rightsCase.Reference, target, clock.GetUtcNow(),
                [.. fields.Select(f => new PackageField(f.Category, f.Name, f.Value))]), Json);
            await vault.PutNoteAsync(rightsCase.SubjectId, rightsCase.Reference, SnapshotKey, snapshot, RequestVault.Worker, ct);
        }
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(snapshot)));

        var token = SecretToken.New();
        var expires = clock.GetUtcNow().AddHours(LinkHours);
        await db.Set<PackageLink>().Where(l => l.CaseId == rightsCase.Id && l.OneUse).ExecuteDeleteAsync(ct);
        db.Add(new PackageLink { CaseId = rightsCase.Id, TokenHash = SecretToken.Hash(token), ExpiresAt = expires, OneUse = true });
        // The link and the event are saved in one commit (the outbox saves what is tracked).
        var added = await outbox.EnqueueForAsync(rightsCase.Id, EventType, new
        {
            subject = rightsCase.SubjectId, reference = rightsCase.Reference, purpose = Purpose, categories, disclosure,
            package = new { url = links.To("/privacy/requests/package/" + token), sha256, expires_at = expires, media_type = "application/json" },
        }, target, ct);
        return added > 0 ? (true, target) : (false, "no endpoint registered for " + target);
    }

    /// <summary>The subject's categories the migration purpose covers (only what the other service needs).</summary>
    private async Task<List<string>> CategoriesAsync(Guid subjectId, CancellationToken ct)
    {
        var allowed = catalogue.Policy.Purposes.Find(p => p.Id == Purpose)?.Categories ?? [];
        var held = await db.Set<VaultField>().AsNoTracking().Where(f => f.SubjectId == subjectId).Select(f => f.Category).Distinct().ToListAsync(ct);
        return [.. held.Where(c => SharingRules.Covers(allowed, c)).Order(StringComparer.Ordinal)];
    }

    /// <summary>The disclosure an earlier, interrupted run of this step recorded, so a re-run records none.</summary>
    private Task<long?> EarlierDisclosureAsync(RightsCase rightsCase, CancellationToken ct) =>
        db.Set<Disclosure>().AsNoTracking()
            .Where(d => d.SubjectId == rightsCase.SubjectId && d.Recipient == rightsCase.Destination && d.Ground == Ground && d.At >= rightsCase.ReceivedAt)
            .Select(d => (long?)d.Id).FirstOrDefaultAsync(ct);
}

/// <summary>What the receiving service fetches: the person's fields the migration purpose covers.</summary>
public sealed record MigrationPackage(Guid Subject, string Reference, string Target, DateTimeOffset GeneratedAt, IReadOnlyList<PackageField> Fields);

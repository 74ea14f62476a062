using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Steward.Core.Audit;
using Steward.Core.Catalogue;
using Steward.Core.Gate;
using Steward.Core.Keys;
using Steward.Core.Storage;

namespace Steward.Core.Vault;

/// <summary>Writes personal data into the vault and erases it. Writing needs no grant (collection
/// has its own checks: the collection point and the consent record) but every write and every
/// erasure is recorded in the audit log.</summary>
/// <param name="gateStates">The gate's in-memory view of subjects: a new subject joins it, an erased
/// one leaves it, and a legal hold there refuses erasure. Absent only where no gate runs (tools).</param>
public sealed partial class VaultWriter(StewardDb db, KeySource keys, LoadedCatalogue catalogue, IAuditTrail audit, TimeProvider clock,
    ILogger<VaultWriter> logger, SubjectStateStore? gateStates = null)
{
    private const int FirstKeyVersion = 1;

    /// <summary>Creates a subject of a catalogue subject kind with a new random data key, and stores
    /// its fields. Returns the subject's pseudonymous id.</summary>
    public async Task<Guid> CreateSubjectAsync(string kind, IReadOnlyCollection<VaultValue> values, ActorRef actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!catalogue.Policy.SubjectKinds.Any(k => k.Id == kind)) throw new ArgumentException($"'{kind}' is not a subject kind of the catalogue.", nameof(kind));
        CheckFields(values);
        var ring = keys.Ring;
        var subjectId = Guid.NewGuid();
        var now = clock.GetUtcNow();
        var dataKey = VaultCrypto.NewDataKey();
        try
        {
            db.Add(new DataSubject { Id = subjectId, Kind = kind, CreatedAt = now });
            db.Add(new SubjectKey
            {
                SubjectId = subjectId,
                KeyVersion = FirstKeyVersion,
                KekVersion = ring.Current,
                WrappedKey = VaultCrypto.Wrap(ring.CurrentKek, ring.Current, subjectId, FirstKeyVersion, dataKey),
            });
            using var cipher = new FieldCipher(dataKey, subjectId, FirstKeyVersion);
            foreach (var value in values) db.Add(NewField(subjectId, FirstKeyVersion, cipher, ring, value, now));
            await db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(dataKey);
            db.ChangeTracker.Clear();
        }
        gateStates?.Track(subjectId, kind);
        await audit.AppendAsync(new AuditRecord(actor.ToString(), "vault.write", subjectId, null, null, $"created {kind}; {Categories(values)}"), cancellationToken);
        return subjectId;
    }

    /// <summary>Stores fields of an existing subject: a field of the same category and name is
    /// replaced, with its look-up entry.</summary>
    public async Task PutAsync(Guid subjectId, IReadOnlyCollection<VaultValue> values, ActorRef actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        CheckFields(values);
        var key = await db.Set<SubjectKey>().AsNoTracking().SingleOrDefaultAsync(k => k.SubjectId == subjectId, cancellationToken)
            ?? throw new SubjectNotFoundException(subjectId, await db.Set<DataSubject>().AnyAsync(s => s.Id == subjectId, cancellationToken));
        var ring = keys.Ring;
        var now = clock.GetUtcNow();
        var dataKey = VaultCrypto.Unwrap(keys.Kek(key.KekVersion), key.KekVersion, subjectId, key.KeyVersion, key.WrappedKey);
        try
        {
            var categories = values.Select(v => v.Category).Distinct().ToList();
            using var cipher = new FieldCipher(dataKey, subjectId, key.KeyVersion);
            var existing = await db.Set<VaultField>().Include(f => f.Lookup)
                .Where(f => f.SubjectId == subjectId && categories.Contains(f.Category)).ToListAsync(cancellationToken);
            foreach (var value in values)
            {
                var fresh = NewField(subjectId, key.KeyVersion, cipher, ring, value, now);
                var field = existing.Find(f => f.Category == value.Category && f.Name == value.Name);
                if (field is null)
                {
                    db.Add(fresh);
                    continue;
                }
                field.Ciphertext = fresh.Ciphertext;
                field.KeyVersion = fresh.KeyVersion;
                field.UpdatedAt = now;
                if (field.Lookup is not null) db.Remove(field.Lookup);
                field.Lookup = fresh.Lookup;
            }
            await db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(dataKey);
            db.ChangeTracker.Clear();
        }
        await audit.AppendAsync(new AuditRecord(actor.ToString(), "vault.write", subjectId, null, null, Categories(values)), cancellationToken);
    }

    /// <summary>Erases a subject by crypto-shredding: first destroys its wrapped data key (one durable
    /// commit, after which no copy of its ciphertext, backups included, can be opened), then purges
    /// its fields and look-up entries, and records "vault.erase". Running it again on an erased
    /// subject finishes a purge that was interrupted. Returns the number of fields purged.</summary>
    /// <remarks>A legal hold the gate knows of refuses erasure here, before the key is destroyed.</remarks>
    public async Task<int> EraseSubjectAsync(Guid subjectId, ActorRef actor, string reason, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!await db.Set<DataSubject>().AnyAsync(s => s.Id == subjectId, cancellationToken)) throw new SubjectNotFoundException(subjectId, erased: false);
        if (gateStates?.Find(subjectId) is { } state && PolicyEngine.EvaluateErasure(state) is { Allowed: false } refusal)
        {
            await audit.AppendAsync(new AuditRecord(actor.ToString(), "vault.erase", subjectId, null, "denied", refusal.Reason), cancellationToken);
            throw new LegalHoldException(subjectId);
        }
        var now = clock.GetUtcNow();

        // 1. Shred: the key goes first, in its own commit.
        await using (var shred = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            await db.Set<SubjectKey>().Where(k => k.SubjectId == subjectId).ExecuteDeleteAsync(cancellationToken);
            await db.Set<DataSubject>().Where(s => s.Id == subjectId && s.ErasedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.ErasedAt, now), cancellationToken);
            await shred.CommitAsync(cancellationToken);
        }

        // 2. Purge what can no longer be read anyway.
        int fields;
        await using (var purge = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            await db.Set<VaultLookup>().Where(l => l.SubjectId == subjectId).ExecuteDeleteAsync(cancellationToken);
            fields = await db.Set<VaultField>().Where(f => f.SubjectId == subjectId).ExecuteDeleteAsync(cancellationToken);
            await purge.CommitAsync(cancellationToken);
        }

        gateStates?.Forget(subjectId);
        await audit.AppendAsync(new AuditRecord(actor.ToString(), "vault.erase", subjectId, null, null, reason), cancellationToken);
        LogErased(logger, subjectId, fields);
        return fields;
    }

    private void CheckFields(IReadOnlyCollection<VaultValue> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        foreach (var value in values)
        {
            var category = catalogue.Policy.Categories.FirstOrDefault(c => c.Id == value.Category)
                ?? throw new ArgumentException($"'{value.Category}' is not a category of the catalogue.", nameof(values));
            if (!category.Personal) throw new ArgumentException($"'{value.Category}' is not personal data: it is kept in its own tables, not in the vault.", nameof(values));
            if (value.Name.Length > 100) throw new ArgumentException($"The name of a {value.Category} field is longer than 100 characters.", nameof(values));
        }
        var repeated = values.GroupBy(v => (v.Category, v.Name)).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null) throw new ArgumentException($"The field {repeated.First()} is given twice.", nameof(values));
    }

    private static VaultField NewField(Guid subjectId, int keyVersion, FieldCipher cipher, KeyRing ring, VaultValue value, DateTimeOffset now)
    {
        var field = new VaultField
        {
            SubjectId = subjectId,
            Category = value.Category,
            Name = value.Name,
            KeyVersion = keyVersion,
            Ciphertext = cipher.Seal(value.Category, value.Name, value.Value),
            UpdatedAt = now,
        };
        if (BlindIndex.ForField(ring.IndexKey, value.Category, value.Value) is { } hash)
            field.Lookup = new VaultLookup { SubjectId = subjectId, Hash = hash };
        return field;
    }

    // Each field by name while that fits the audit log's reason; a long form (an application) by category and count.
    private static string Categories(IReadOnlyCollection<VaultValue> values)
    {
        var named = string.Join(", ", values.Select(v => v.ToString()));
        if (named.Length <= AuditLimits.Reason - 100) return named;
        var counted = string.Join(", ", values.GroupBy(v => v.Category, StringComparer.Ordinal).Select(g => $"{g.Key} x{g.Count()}"));
        return counted.Length <= AuditLimits.Reason - 100 ? counted : $"{values.Count} fields";
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Erased subject {SubjectId}: data key destroyed, {Fields} fields purged")]
    private static partial void LogErased(ILogger logger, Guid subjectId, int fields);
}

using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Steward.Core.Audit;
using Steward.Core.Gate;
using Steward.Core.Storage;
using Steward.Core.Vault;

namespace Steward.Core.Keys;

/// <summary>Moves every data key to a new key-encryption key, in batches, while Steward runs; then,
/// once no data key uses an old KEK, retires it, so that the wrapped keys in older backups (those of
/// erased subjects among them) can no longer be opened.</summary>
public sealed partial class KeyRotation(StewardDb db, KeySource keys, IAuditTrail audit, ILogger<KeyRotation> logger)
{
    public const int DefaultBatchSize = 500;

    /// <summary>With a key file: adds a new KEK version and makes it current. With keys from the
    /// settings, the operator has added the version and made it current first. Then re-wraps every
    /// data key under the current version.</summary>
    public async Task<RotationResult> RotateAsync(ActorRef actor, int batchSize = DefaultBatchSize, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var ring = keys.FromSettings ? keys.Reload() : keys.AddVersion();
        var rewrapped = await RewrapAsync(ring, batchSize, cancellationToken);
        await audit.AppendAsync(new AuditRecord(actor.ToString(), "keys.rotate", null, null, null,
            $"KEK version {ring.Current}; {rewrapped} data keys re-wrapped"), cancellationToken);
        return new RotationResult(ring.Current, rewrapped);
    }

    /// <summary>Re-wraps, batch by batch, every data key whose KEK version is not the ring's current
    /// one, until none is left (keys that nodes wrapped meanwhile under the old version included).</summary>
    public async Task<long> RewrapAsync(KeyRing ring, int batchSize = DefaultBatchSize, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ring);
        long total = 0;
        while (true)
        {
            var batch = await db.Set<SubjectKey>().Where(k => k.KekVersion != ring.Current)
                .OrderBy(k => k.SubjectId).Take(batchSize).ToListAsync(cancellationToken);
            if (batch.Count == 0) return total;
            foreach (var key in batch)
            {
                var dataKey = VaultCrypto.Unwrap(keys.Kek(key.KekVersion), key.KekVersion, key.SubjectId, key.KeyVersion, key.WrappedKey);
                key.WrappedKey = VaultCrypto.Wrap(ring.CurrentKek, ring.Current, key.SubjectId, key.KeyVersion, dataKey);
                key.KekVersion = ring.Current;
                CryptographicOperations.ZeroMemory(dataKey);
            }
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                total += batch.Count;
                LogBatch(logger, batch.Count, ring.Current, total);
            }
            catch (DbUpdateConcurrencyException)
            {
                // A key of the batch was erased or re-wrapped meanwhile: nothing of the batch was
                // saved; the next round reads it again without that key.
            }
            finally
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>KEK versions older than the current one that no data key uses any more: removed
    /// from the key file; with keys from the settings, listed for the operator to remove.</summary>
    public async Task<IReadOnlyList<int>> RetireAsync(ActorRef actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var ring = keys.Reload();
        var inUse = await db.Set<SubjectKey>().Select(k => k.KekVersion).Distinct().ToListAsync(cancellationToken);
        var unused = ring.Versions.Where(v => v != ring.Current && !inUse.Contains(v)).ToList();
        if (unused.Count == 0) return unused;
        if (!keys.FromSettings) keys.RemoveVersions(unused);
        await audit.AppendAsync(new AuditRecord(actor.ToString(), "keys.retire", null, null, null,
            $"KEK versions {string.Join(", ", unused)} {(keys.FromSettings ? "unused; to be removed from the settings" : "removed from the key file")}"), cancellationToken);
        return unused;
    }

    /// <summary>How many data keys each KEK version wraps.</summary>
    public static async Task<IReadOnlyDictionary<int, int>> CountByVersionAsync(StewardDb db, CancellationToken cancellationToken = default) =>
        await db.Set<SubjectKey>().GroupBy(k => k.KekVersion).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);

    [LoggerMessage(Level = LogLevel.Information, Message = "Re-wrapped {Count} data keys under KEK version {Version} ({Total} so far)")]
    private static partial void LogBatch(ILogger logger, int count, int version, long total);
}

/// <param name="Version">The KEK version that now wraps every data key.</param>
/// <param name="Rewrapped">How many data keys were re-wrapped.</param>
public sealed record RotationResult(int Version, long Rewrapped);

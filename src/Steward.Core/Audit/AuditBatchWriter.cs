using Microsoft.EntityFrameworkCore;
using Steward.Core.Storage;

namespace Steward.Core.Audit;

/// <summary>Commits one batch of appends, and the checkpoint that falls due with it, in one
/// transaction. Used only by the <see cref="AuditLog"/> writer loop, one batch at a time.</summary>
internal sealed class AuditBatchWriter(Func<StewardDb> createDb, Func<AuditSigningKey> signingKey, AuditOptions options, TimeProvider time) : IAsyncDisposable
{
    // One context, open connection and prepared insert for every batch: making them per batch cost
    // more than the batch's rows. Dropped after a failed batch, so the next one starts clean.
    private WriterSession? _session;

    // The right edge of the tree as this process last committed it; reloaded whenever the database's
    // head differs (another node appended, or a batch failed).
    private CompactRange? _range;
    private bool _keyStored;
    // What the last committed batch knew of checkpoints, valid while the head is the one it left.
    private (long Size, AuditCheckpoint? Latest, DateTimeOffset? OldestUncovered)? _checkpoints;

    public sealed record Result(long FirstIndex, AuditCheckpoint? Checkpoint, AuditCheckpoint? Signed, DateTimeOffset? CheckpointDue);

    public async Task<Result> CommitAsync(IReadOnlyList<AppendRequest> appends, bool forceCheckpoint, CancellationToken cancellationToken)
    {
        var session = _session ??= await WriterSession.OpenAsync(createDb(), cancellationToken);
        try
        {
            var result = await CommitAsync(session, appends, forceCheckpoint, cancellationToken);
            session.Db.ChangeTracker.Clear();
            return result;
        }
        catch
        {
            _session = null;
            await session.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_session is { } session) await session.DisposeAsync();
        _session = null;
    }

    private async Task<Result> CommitAsync(WriterSession session, IReadOnlyList<AppendRequest> appends, bool forceCheckpoint, CancellationToken cancellationToken)
    {
        var db = session.Db;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await AuditWriteLock.TakeAsync(db, cancellationToken);

        var size = await session.Inserter.CountAsync(cancellationToken);
        var range = _range is { } cached && cached.Size == size ? cached : await AuditTreeStore.RangeAsync(db, size, cancellationToken);
        _range = null; // kept only once the transaction commits
        AuditCheckpoint? latest;
        DateTimeOffset? oldestUncovered;
        if (_checkpoints is { } known && known.Size == size)
        {
            (latest, oldestUncovered) = (known.Latest, known.OldestUncovered); // nobody else appended since
        }
        else
        {
            latest = await db.Set<AuditCheckpoint>().AsNoTracking().OrderByDescending(c => c.TreeSize).FirstOrDefaultAsync(cancellationToken);
            var coveredSoFar = latest?.TreeSize ?? 0;
            oldestUncovered = coveredSoFar < size
                ? await db.Set<AuditEntry>().Where(e => e.Index == coveredSoFar).Select(e => (DateTimeOffset?)e.Time).SingleAsync(cancellationToken)
                : null;
        }
        _checkpoints = null; // kept only once the transaction commits
        var covered = latest?.TreeSize ?? 0;

        var now = ToMilliseconds(time.GetUtcNow());
        var firstIndex = size;
        var inserter = session.Inserter;
        var tracked = false; // whether the change tracker holds anything to save (tree nodes, a checkpoint)
        foreach (var append in appends)
        {
            var index = range.Size;
            var leafHash = MerkleTree.LeafHash(AuditEncoding.EntryBytes(index, now, append.Record));
            var r = append.Record;
            await inserter.InsertAsync(new AuditEntry
            {
                Index = index, Time = now, Actor = r.Actor, Action = r.Action, SubjectId = r.SubjectId,
                Purpose = r.Purpose, Decision = r.Decision, Reason = r.Reason, LeafHash = leafHash,
            }, cancellationToken);
            range.Append(leafHash, (level, position, hash) =>
            {
                if (level < AuditTreeNode.StoredLevel) return;
                db.Add(new AuditTreeNode { Level = level, Position = position, Hash = hash.ToArray() });
                tracked = true;
            });
        }
        oldestUncovered ??= appends.Count > 0 ? now : null;

        AuditCheckpoint? signed = null;
        var uncovered = range.Size - covered;
        if (uncovered > 0 && (forceCheckpoint || uncovered >= options.CheckpointEveryEntries || oldestUncovered + options.CheckpointInterval <= now))
        {
            signed = await SignAsync(db, range, now, cancellationToken);
            tracked = true;
        }

        if (tracked) await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        _range = range;
        if (signed is not null) _keyStored = true;
        var checkpoint = signed ?? latest;
        _checkpoints = (range.Size, checkpoint, signed is null ? oldestUncovered : null);

        DateTimeOffset? due = signed is null && uncovered > 0 ? oldestUncovered + options.CheckpointInterval : null;
        return new Result(firstIndex, checkpoint, signed, due);
    }

    private async Task<AuditCheckpoint> SignAsync(StewardDb db, CompactRange range, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var key = signingKey();
        if (!_keyStored && !await db.Set<AuditKey>().AnyAsync(k => k.KeyId == key.KeyId, cancellationToken))
        {
            db.Add(new AuditKey { KeyId = key.KeyId, PublicKey = key.PublicKey, AddedAt = now });
        }
        var root = range.Root();
        var checkpoint = new AuditCheckpoint
        {
            TreeSize = range.Size,
            RootHash = root,
            Time = now,
            Signature = key.Sign(AuditEncoding.CheckpointBytes(range.Size, root, now)),
            KeyId = key.KeyId,
        };
        db.Add(checkpoint);
        return checkpoint;
    }

    /// <summary>Times are kept to the millisecond: SQLite (as Steward stores it) keeps 0.1 ms and
    /// PostgreSQL 1 µs, so a millisecond time reads back exactly as it was hashed on both.</summary>
    internal static DateTimeOffset ToMilliseconds(DateTimeOffset value) =>
        new(value.UtcTicks - value.UtcTicks % TimeSpan.TicksPerMillisecond, TimeSpan.Zero);

    private sealed class WriterSession : IAsyncDisposable
    {
        private WriterSession(StewardDb db, IAuditEntryInserter inserter) => (Db, Inserter) = (db, inserter);

        public StewardDb Db { get; }
        public IAuditEntryInserter Inserter { get; }

        public static async Task<WriterSession> OpenAsync(StewardDb db, CancellationToken cancellationToken)
        {
            try
            {
                await db.Database.OpenConnectionAsync(cancellationToken);
                IAuditEntryInserter inserter = db.Database.ProviderName == StewardDb.SqliteProvider ? new SqliteAuditEntryInserter(db) : new AuditEntryInserter(db);
                return new WriterSession(db, inserter);
            }
            catch
            {
                await db.DisposeAsync();
                throw;
            }
        }

        public async ValueTask DisposeAsync()
        {
            Inserter.Dispose();
            await Db.Database.CloseConnectionAsync();
            await Db.DisposeAsync();
        }
    }
}

using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Steward.Core.Storage;

namespace Steward.Core.Consent;

/// <summary>Writes the cookie banner's consent records in batches: one writer per process takes every
/// queued choice into one transaction, and each caller returns only once its records are committed.
/// Banner choices arrive thousands a second from many visitors at once; a transaction each made SQLite
/// writers queue behind its single write lock (and retry after sleeping), so throughput fell as
/// visitors rose.</summary>
/// <remarks>A "no" is written as <see cref="ConsentStatus.Withdrawn"/> where the visitor's latest
/// record for that purpose was a "yes", else <see cref="ConsentStatus.Refused"/>. The writer decides
/// this, with one query per batch, because it alone sees the choices in the order they are stored.</remarks>
public sealed class ConsentRecordWriter : IAsyncDisposable
{
    private const int MaxBatch = 500;

    private readonly Channel<Pending> _queue = Channel.CreateBounded<Pending>(new BoundedChannelOptions(10_000)
    {
        SingleReader = true,
        FullMode = BoundedChannelFullMode.Wait,
    });
    private readonly Func<StewardDb> _createDb;
    private readonly Task _loop;

    public ConsentRecordWriter(Func<StewardDb> createDb)
    {
        _createDb = createDb;
        _loop = Task.Run(WriteLoopAsync);
    }

    /// <summary>Stores a visitor's records (their ids and final status are set) once committed.</summary>
    public async Task WriteAsync(IReadOnlyList<ConsentRecord> records, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        if (records.Count == 0) return;
        var pending = new Pending(records);
        await _queue.Writer.WriteAsync(pending, ct);
        await pending.Done.Task.WaitAsync(ct);
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _loop;
    }

    private async Task WriteLoopAsync()
    {
        var batch = new List<Pending>();
        StewardDb? db = null; // one context for every batch: making one per batch cost more than its rows
        while (await _queue.Reader.WaitToReadAsync())
        {
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var next)) batch.Add(next);
            try
            {
                db ??= _createDb();
                await MarkWithdrawalsAsync(db, batch);
                foreach (var pending in batch) db.Set<ConsentRecord>().AddRange(pending.Records);
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
                foreach (var pending in batch) pending.Done.TrySetResult();
            }
#pragma warning disable CA1031 // The writer outlives a failed batch; its callers get the exception.
            catch (Exception e)
#pragma warning restore CA1031
            {
                foreach (var pending in batch) pending.Done.TrySetException(e);
                if (db is not null) await db.DisposeAsync();
                db = null;
            }
            batch.Clear();
        }
        if (db is not null) await db.DisposeAsync();
    }

    private static async Task MarkWithdrawalsAsync(StewardDb db, List<Pending> batch)
    {
        var visitors = batch.SelectMany(p => p.Records).Where(r => r.Status == ConsentStatus.Refused && r.VisitorId is not null)
            .Select(r => r.VisitorId!.Value).Distinct().ToList();
        if (visitors.Count == 0) return;
        var stored = await db.Set<ConsentRecord>().AsNoTracking()
            .Where(c => c.VisitorId != null && visitors.Contains(c.VisitorId.Value))
            .GroupBy(c => new { c.VisitorId, c.Purpose })
            .Select(g => g.OrderByDescending(c => c.Id).Select(c => new { c.VisitorId, c.Purpose, c.Status }).First())
            .ToListAsync();
        var latest = stored.ToDictionary(s => (s.VisitorId!.Value, s.Purpose), s => s.Status);
        foreach (var record in batch.SelectMany(p => p.Records).Where(r => r.VisitorId is not null))
        {
            var key = (record.VisitorId!.Value, record.Purpose);
            if (record.Status == ConsentStatus.Refused && latest.GetValueOrDefault(key, ConsentStatus.Refused) == ConsentStatus.Given)
                record.Status = ConsentStatus.Withdrawn;
            latest[key] = record.Status;
        }
    }

    private sealed class Pending(IReadOnlyList<ConsentRecord> records)
    {
        public IReadOnlyList<ConsentRecord> Records { get; } = records;
        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}

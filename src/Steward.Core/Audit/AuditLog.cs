using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Steward.Core.Storage;

namespace Steward.Core.Audit;

/// <summary>The append-only audit log: one writer per process commits appends in batches (group
/// commit), each batch in one transaction, and an append completes only once its batch is committed.
/// Checkpoints are signed every <see cref="AuditOptions.CheckpointEveryEntries"/> entries, once the
/// oldest uncovered entry is <see cref="AuditOptions.CheckpointInterval"/> old, and on demand.</summary>
public sealed partial class AuditLog : IAuditTrail, IAsyncDisposable
{
    private readonly Channel<AuditRequest> _requests;
    private readonly AuditBatchWriter _batches;
    private readonly AuditOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Task _writer;
    private DateTimeOffset? _checkpointDue;
    private CancellationTokenSource? _timeout;

    public AuditLog(Func<StewardDb> createDb, Func<AuditSigningKey> signingKey, AuditOptions options, TimeProvider time, ILogger<AuditLog> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _time = time;
        _logger = logger;
        _batches = new AuditBatchWriter(createDb, signingKey, options, time);
        // Bounded, so that appenders wait rather than pile up memory when the database falls behind.
        _requests = Channel.CreateBounded<AuditRequest>(new BoundedChannelOptions(Math.Max(options.MaxBatch * 4, 1024))
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        _writer = Task.Run(WriteLoopAsync);
    }

    /// <summary>Appends the record and returns its index once the transaction holding it is committed.
    /// Cancelling stops the waiting, not the append: an entry once queued is still written.</summary>
    public ValueTask<long> AppendAsync(AuditRecord record, CancellationToken cancellationToken = default)
    {
        AuditLimits.Check(record);
        var request = new AppendRequest(record);
        return _requests.Writer.TryWrite(request)
            ? new ValueTask<long>(request.Completion.Task.WaitAsync(cancellationToken))
            : EnqueueSlowlyAsync(request, cancellationToken);
    }

    /// <summary>Commits everything appended before the call, then signs a checkpoint covering every
    /// entry if the latest one does not. Returns the latest checkpoint (null for an empty log).</summary>
    public async Task<AuditCheckpoint?> CheckpointAsync(CancellationToken cancellationToken = default)
    {
        var request = new CheckpointRequest();
        await WriteAsync(request, cancellationToken);
        return await request.Completion.Task.WaitAsync(cancellationToken);
    }

    /// <summary>Stops taking appends and waits until every queued one is committed.</summary>
    public async ValueTask DisposeAsync()
    {
        _requests.Writer.TryComplete();
        await _writer;
        await _batches.DisposeAsync();
        _timeout?.Dispose();
    }

    private async ValueTask<long> EnqueueSlowlyAsync(AppendRequest request, CancellationToken cancellationToken)
    {
        await WriteAsync(request, cancellationToken);
        return await request.Completion.Task.WaitAsync(cancellationToken);
    }

    private async ValueTask WriteAsync(AuditRequest request, CancellationToken cancellationToken)
    {
        try
        {
            await _requests.Writer.WriteAsync(request, cancellationToken);
        }
        catch (ChannelClosedException e)
        {
            throw new ObjectDisposedException("The audit log is closed: Steward is shutting down.", e);
        }
    }

    private async Task WriteLoopAsync()
    {
        var reader = _requests.Reader;
        var appends = new List<AppendRequest>();
        var checkpoints = new List<CheckpointRequest>();
        while (true)
        {
            var work = await WaitForWorkAsync(reader);
            if (work == Work.Closed) return;
            Take(reader, appends, checkpoints);
            // Like PostgreSQL's commit_delay: let requests already running on the thread pool reach the
            // queue before committing, so one fsync serves more of them. A yield, not a timer: it waits
            // only while there is other work queued ahead of the writer, and not at all on an idle server.
            for (var i = 0; i < _options.CommitYields && appends.Count < _options.MaxBatch; i++)
            {
                var before = appends.Count;
                await Task.Yield();
                Take(reader, appends, checkpoints);
                if (appends.Count == before) break;
            }
            await CommitAsync(appends, checkpoints, timerFired: work == Work.Timer);
            appends.Clear();
            checkpoints.Clear();
        }
    }

    private void Take(ChannelReader<AuditRequest> reader, List<AppendRequest> appends, List<CheckpointRequest> checkpoints)
    {
        while (appends.Count < _options.MaxBatch && reader.TryRead(out var request))
        {
            if (request is AppendRequest append) appends.Add(append);
            else checkpoints.Add((CheckpointRequest)request);
        }
    }

    private async Task CommitAsync(List<AppendRequest> appends, List<CheckpointRequest> checkpoints, bool timerFired)
    {
        try
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            var result = await _batches.CommitAsync(appends, forceCheckpoint: checkpoints.Count > 0, CancellationToken.None);
            AuditMetrics.Committed(appends.Count, started);
            _checkpointDue = result.CheckpointDue;
            for (var i = 0; i < appends.Count; i++) appends[i].Completion.TrySetResult(result.FirstIndex + i);
            foreach (var c in checkpoints) c.Completion.TrySetResult(result.Checkpoint);
            if (result.Signed is { } signed) LogCheckpoint(_logger, signed.TreeSize);
        }
#pragma warning disable CA1031 // The writer must outlive a failed batch; its callers get the exception.
        catch (Exception e)
#pragma warning restore CA1031
        {
            LogBatchFailed(_logger, e, appends.Count);
            foreach (var a in appends) a.Completion.TrySetException(e);
            foreach (var c in checkpoints) c.Completion.TrySetException(e);
            // Try again later rather than at once against a database that just failed.
            if (timerFired || _checkpointDue <= _time.GetUtcNow()) _checkpointDue = _time.GetUtcNow() + _options.CheckpointInterval;
        }
    }

    private enum Work { Requests, Timer, Closed }

    private async Task<Work> WaitForWorkAsync(ChannelReader<AuditRequest> reader)
    {
        if (reader.TryPeek(out _)) return Work.Requests;
        // Without a known due time, look again after one interval: another node may have left entries uncovered.
        var delay = (_checkpointDue ?? _time.GetUtcNow() + _options.CheckpointInterval) - _time.GetUtcNow();
        if (delay <= TimeSpan.Zero) return Work.Timer;
        // One timer for the writer's life, re-armed per wait: the loop waits once per batch, and a new
        // timer each time was a measurable part of an audited request's cost.
        if (_timeout is null || !_timeout.TryReset())
        {
            _timeout?.Dispose();
            _timeout = new CancellationTokenSource(Timeout.InfiniteTimeSpan, _time);
        }
        _timeout.CancelAfter(delay);
        try
        {
            return await reader.WaitToReadAsync(_timeout.Token) ? Work.Requests : Work.Closed;
        }
        catch (OperationCanceledException) when (_timeout.IsCancellationRequested)
        {
            return Work.Timer;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Signed audit checkpoint at tree size {TreeSize}")]
    private static partial void LogCheckpoint(ILogger logger, long treeSize);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not commit a batch of {Count} audit entries")]
    private static partial void LogBatchFailed(ILogger logger, Exception exception, int count);
}

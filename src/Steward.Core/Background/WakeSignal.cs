namespace Steward.Core.Background;

/// <summary>Wakes a background loop when there is work for it, so it need not wait for its next round;
/// a round still comes after the timeout for work this process was not told about.</summary>
public class WakeSignal : IDisposable
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Wake()
    {
        try { _signal.Release(); } catch (SemaphoreFullException) { /* already awake */ }
    }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing) _signal.Dispose();
    }

    public async Task WaitAsync(TimeSpan timeout, TimeProvider clock, CancellationToken ct)
    {
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var delay = Task.Delay(timeout, clock, timer.Token);
        var woken = _signal.WaitAsync(timer.Token);
        await Task.WhenAny(delay, woken);
        await timer.CancelAsync();
        try { await Task.WhenAll(delay, woken); } catch (OperationCanceledException) { /* one of the two stopped waiting */ }
        ct.ThrowIfCancellationRequested();
    }
}

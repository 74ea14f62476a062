using System.Threading.Channels;

namespace Steward.Core.Marketing;

/// <summary>Wakes this node's campaign sender when a campaign is queued here, so it need not poll fast.
/// Other nodes learn of it from their slow poll.</summary>
public sealed class CampaignSignal
{
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Wake() => _wake.Writer.TryWrite(true);

    /// <summary>Returns when woken or when <paramref name="poll"/> has passed on <paramref name="time"/>.</summary>
    public async Task WaitAsync(TimeSpan poll, TimeProvider time, CancellationToken ct)
    {
        using var timeout = new CancellationTokenSource(poll, time);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(ct, timeout.Token);
        try
        {
            await _wake.Reader.ReadAsync(either.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            // The poll interval passed: look for campaigns queued on other nodes.
        }
    }
}

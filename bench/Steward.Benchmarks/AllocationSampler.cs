using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

namespace Steward.Benchmarks;

/// <summary>Samples what a run allocates, by type, from the runtime's AllocationTick events (one about
/// every 100 KB allocated). A diagnosis for STEWARD_BENCH_ALLOCATIONS=1 runs, never a reported figure.</summary>
internal sealed class AllocationSampler : EventListener
{
    private readonly ConcurrentDictionary<string, long> _bytes = new();
    private volatile bool _on;

    public void Start() => _on = true;

    public void Stop() => _on = false;

    public IEnumerable<KeyValuePair<string, long>> Top(int count) => _bytes.OrderByDescending(p => p.Value).Take(count);

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        ArgumentNullException.ThrowIfNull(eventSource);
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime") EnableEvents(eventSource, EventLevel.Verbose, (EventKeywords)0x1);
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (!_on || eventData.EventName != "GCAllocationTick_V4" || eventData.Payload is null) return;
        var name = eventData.PayloadNames!.IndexOf("TypeName") is var i and >= 0 ? eventData.Payload[i] as string ?? "?" : "?";
        var size = eventData.PayloadNames!.IndexOf("AllocationAmount64") is var j and >= 0 ? Convert.ToInt64(eventData.Payload[j], System.Globalization.CultureInfo.InvariantCulture) : 0;
        _bytes.AddOrUpdate(name, size, (_, total) => total + size);
    }
}

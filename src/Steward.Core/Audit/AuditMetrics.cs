using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Steward.Core.Audit;

/// <summary>The audit writer's instruments (meter <c>Steward.Audit</c>), for any metrics exporter or
/// <c>dotnet-counters</c>: how many entries each commit carried and how long the commit took. Every
/// audited request waits for one commit, so these tell an operator why decisions are slow.</summary>
internal static class AuditMetrics
{
    public const string MeterName = "Steward.Audit";

    private static readonly Meter Meter = new(MeterName);
    private static readonly Histogram<int> BatchSize = Meter.CreateHistogram<int>(
        "steward.audit.batch.size", unit: "{entry}", description: "Entries committed together in one transaction.");
    private static readonly Histogram<double> CommitDuration = Meter.CreateHistogram<double>(
        "steward.audit.commit.duration", unit: "s", description: "Time to commit one batch durably, fsync included.");

    public static void Committed(int entries, long startedTimestamp)
    {
        BatchSize.Record(entries);
        CommitDuration.Record(Stopwatch.GetElapsedTime(startedTimestamp).TotalSeconds);
    }
}

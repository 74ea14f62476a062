using Microsoft.EntityFrameworkCore;
using Steward.Core.Gate;
using Steward.Core.Storage;
using Steward.Core.Vault;

namespace Steward.Decisions;

/// <summary>Runs at start, after the schema is up to date: puts every subject the vault holds into
/// the gate's memory, then replays their consents, limits, holds and guardian consents.</summary>
internal sealed class GateStartup(IServiceProvider services, SubjectStateStore states, TimeProvider time) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<StewardDb>();
        var subjects = db.Set<DataSubject>().AsNoTracking().Where(s => s.ErasedAt == null).Select(s => new { s.Id, s.Kind });
        await foreach (var subject in subjects.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            states.Track(subject.Id, subject.Kind);
        }
        await states.ApplyStoredAsync(db, time.GetUtcNow(), cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

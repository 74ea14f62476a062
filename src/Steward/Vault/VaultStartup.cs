using Microsoft.EntityFrameworkCore;
using Steward.Core.Keys;
using Steward.Core.Storage;
using Steward.Core.Vault;

namespace Steward.Vault;

/// <summary>Runs at start, after the schema is up to date: reads the keys, or creates the key file on
/// first start (with a warning to protect and back it up). Refuses to create a new key file over a
/// database that already holds wrapped data keys: those need the lost file, not a new one.</summary>
internal sealed class VaultStartup(IServiceProvider services, KeySource keys) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (keys.Exists)
        {
            keys.Reload();
            return;
        }
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<StewardDb>();
            if (await db.Set<DataSubject>().AnyAsync(s => s.ErasedAt == null, cancellationToken))
                throw new KeySourceException($"The database holds subjects' data, but {keys.Description} is missing. " +
                    "Restore it from its backup: a new key file could never read that data.");
        }
        keys.CreateIfMissing();
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

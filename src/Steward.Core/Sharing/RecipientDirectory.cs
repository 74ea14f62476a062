using Microsoft.EntityFrameworkCore;
using Steward.Core.Catalogue;
using Steward.Core.Catalogue.Model;
using Steward.Core.Storage;

namespace Steward.Core.Sharing;

/// <summary>Every recipient: the catalogue's, then those registered in the Console. A registered id
/// may not repeat a catalogue id, so a look-up has one answer.</summary>
public sealed class RecipientDirectory(LoadedCatalogue catalogue, StewardDb db)
{
    public async Task<Recipient?> FindAsync(string id, CancellationToken ct = default)
    {
        if (catalogue.Policy.Recipients.Find(r => r.Id == id) is { } listed) return listed;
        var registered = await db.Set<RegisteredRecipient>().AsNoTracking().Include(r => r.Agreements).FirstOrDefaultAsync(r => r.Id == id, ct);
        return registered?.ToRecipient();
    }

    /// <summary>Every recipient, with whether it comes from the catalogue.</summary>
    public async Task<IReadOnlyList<(Recipient Recipient, bool FromCatalogue)>> AllAsync(CancellationToken ct = default)
    {
        var registered = await db.Set<RegisteredRecipient>().AsNoTracking().Include(r => r.Agreements).OrderBy(r => r.Id).ToListAsync(ct);
        return [.. catalogue.Policy.Recipients.Select(r => (r, true)), .. registered.Select(r => (r.ToRecipient(), false))];
    }

    public bool InCatalogue(string id) => catalogue.Policy.Recipients.Exists(r => r.Id == id);
}

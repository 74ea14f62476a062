using Steward.Core.Catalogue.Model;
using Steward.Core.Retention;
using Steward.Core.Storage;
using Steward.Core.Vault;

namespace Steward.Tests.Retention;

/// <summary>Many subjects at once, written straight to the tables the sweep reads: a subject, its
/// wrapped key and fields (the bytes stand in for ciphertext; the sweep never opens them), and the
/// event that starts its retention period.</summary>
internal static class RetentionSeed
{
    public static async Task<List<Guid>> AddAsync(StewardDb db, int count, string kind, string[] categories, RetentionEvent? ev, DateTimeOffset at, string? purpose = null)
    {
        var ids = new List<Guid>(count);
        for (var i = 0; i < count; i++)
        {
            var id = Guid.NewGuid();
            ids.Add(id);
            db.Add(new DataSubject { Id = id, Kind = kind, CreatedAt = at });
            db.Add(new SubjectKey { SubjectId = id, KeyVersion = 1, KekVersion = 1, WrappedKey = new byte[16] });
            foreach (var category in categories)
            {
                var field = new VaultField { SubjectId = id, Category = category, Name = "", KeyVersion = 1, Ciphertext = new byte[24], UpdatedAt = at };
                if (category == "contact.email") field.Lookup = new VaultLookup { SubjectId = id, Hash = id.ToByteArray().Concat(id.ToByteArray()).ToArray() };
                db.Add(field);
            }
            if (ev is { } e && e != RetentionEvent.Collection) db.Add(new SubjectEvent { SubjectId = id, Event = e, At = at, Purpose = purpose });
            if (i % 500 == 499) { await db.SaveChangesAsync(); db.ChangeTracker.Clear(); }
        }
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        return ids;
    }
}

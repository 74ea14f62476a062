using Microsoft.EntityFrameworkCore;
using Steward.Core.Catalogue;
using Steward.Core.Storage;

namespace Steward.Core.Staff;

/// <summary>Makes, lists and revokes API keys. A new key's secret is returned once and never stored.</summary>
public sealed class ApiKeys(StewardDb db, LoadedCatalogue catalogue, ApiKeyValidator validator, TimeProvider time)
{
    public const int SystemMaxLength = 100;

    /// <summary>Makes a key for <paramref name="system"/>, limited to catalogue purposes.</summary>
    /// <exception cref="ArgumentException">The system name is empty or too long, no purpose is given, or a purpose is not in the catalogue.</exception>
    public async Task<CreatedApiKey> CreateAsync(string system, IReadOnlyCollection<string> purposes, string createdBy, CancellationToken cancellationToken = default)
    {
        system = system?.Trim() ?? "";
        if (system.Length is 0 or > SystemMaxLength) throw new ArgumentException($"A system name has 1 to {SystemMaxLength} characters.", nameof(system));
        if (purposes is null || purposes.Count == 0) throw new ArgumentException("A key needs at least one purpose.", nameof(purposes));
        var unknown = purposes.Where(p => catalogue.Policy.Purposes.All(known => known.Id != p)).ToList();
        if (unknown.Count > 0) throw new ArgumentException($"Not purposes of the catalogue: {string.Join(", ", unknown)}", nameof(purposes));

        var (keyId, secret) = ApiKeyFormat.New();
        var key = new ApiKey
        {
            Id = Guid.NewGuid(),
            KeyId = keyId,
            System = system,
            Purposes = [.. purposes.Distinct(StringComparer.Ordinal)],
            SecretHash = SecretToken.Hash(secret),
            CreatedBy = createdBy,
            CreatedAt = time.GetUtcNow(),
        };
        db.Add(key);
        await db.SaveChangesAsync(cancellationToken);
        return new CreatedApiKey(key, secret);
    }

    /// <summary>Revokes a key; it fails validation from then on. Returns the key, or null if there is none.</summary>
    public async Task<ApiKey?> RevokeAsync(Guid id, string revokedBy, CancellationToken cancellationToken = default)
    {
        var key = await db.Set<ApiKey>().FirstOrDefaultAsync(k => k.Id == id, cancellationToken);
        if (key is null) return null;
        if (!key.IsRevoked)
        {
            key.RevokedAt = time.GetUtcNow();
            key.RevokedBy = revokedBy;
            await db.SaveChangesAsync(cancellationToken);
        }
        validator.Invalidate(key.KeyId);
        return key;
    }

    /// <summary>Every key, newest first.</summary>
    public async Task<List<ApiKey>> ListAsync(CancellationToken cancellationToken = default)
    {
        var keys = await db.Set<ApiKey>().AsNoTracking().ToListAsync(cancellationToken);
        return [.. keys.OrderByDescending(k => k.CreatedAt)];
    }
}

/// <summary>A key just made, with its secret: show it once, then let it go.</summary>
public sealed record CreatedApiKey(ApiKey Key, string Secret);

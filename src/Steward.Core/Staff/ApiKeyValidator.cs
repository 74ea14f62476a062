using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Steward.Core.Storage;

namespace Steward.Core.Staff;

/// <summary>Checks an API key presented by another system. Valid keys are cached by the SHA-256 of the
/// key, so the hot path hashes the key, looks it up and compares hashes in constant time, without
/// touching the database or allocating. Revoking a key on this node drops it from the cache at once;
/// other nodes reload each cached key after <see cref="CacheLifetime"/>, so a revocation reaches them
/// within that time.</summary>
public sealed class ApiKeyValidator(IServiceScopeFactory scopes, TimeProvider time)
{
    public static readonly TimeSpan CacheLifetime = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<KeyHash, Entry> _cache = new();

    /// <summary>The system a key belongs to, or null when the key is malformed, unknown or revoked.</summary>
    public async ValueTask<ApiClient?> ValidateAsync(string? presentedKey, CancellationToken cancellationToken = default)
    {
        if (presentedKey is null || !ApiKeyFormat.TryParse(presentedKey, out var keyId)) return null;
        var hash = new byte[32];
        Hash(presentedKey, hash);
        return FromCache(hash) ?? await LoadAsync(keyId.ToString(), hash, cancellationToken);
    }

    /// <summary>The allocation-free path: a key seen in the last <see cref="CacheLifetime"/>.</summary>
    public ApiClient? FromCache(string presentedKey)
    {
        if (!ApiKeyFormat.TryParse(presentedKey, out _)) return null;
        Span<byte> hash = stackalloc byte[32];
        Hash(presentedKey, hash);
        return FromCache(hash);
    }

    /// <summary>Forgets a key at once (called when it is revoked).</summary>
    public void Invalidate(string keyId)
    {
        foreach (var (hash, entry) in _cache)
        {
            if (entry.Client.KeyId == keyId) _cache.TryRemove(hash, out _);
        }
    }

    private ApiClient? FromCache(ReadOnlySpan<byte> hash)
    {
        if (!_cache.TryGetValue(KeyHash.Of(hash), out var entry)) return null;
        if (time.GetUtcNow() - entry.LoadedAt > CacheLifetime) return null;
        return CryptographicOperations.FixedTimeEquals(hash, entry.StoredHash) ? entry.Client : null;
    }

    private async Task<ApiClient?> LoadAsync(string keyId, byte[] hash, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<StewardDb>();
        var key = await db.Set<ApiKey>().AsNoTracking().FirstOrDefaultAsync(k => k.KeyId == keyId, cancellationToken);
        if (key is null || !CryptographicOperations.FixedTimeEquals(hash, key.SecretHash))
        {
            return null;
        }
        var cacheKey = KeyHash.Of(hash);
        if (key.IsRevoked)
        {
            _cache.TryRemove(cacheKey, out _);
            return null;
        }
        var client = new ApiClient(key.KeyId, key.System, key.Purposes);
        _cache[cacheKey] = new Entry(client, key.SecretHash, time.GetUtcNow());
        return client;
    }

    private static void Hash(string key, Span<byte> hash)
    {
        Span<byte> utf8 = stackalloc byte[ApiKeyFormat.Length];
        var length = Encoding.ASCII.GetBytes(key, utf8);
        SHA256.HashData(utf8[..length], hash);
    }

    private sealed record Entry(ApiClient Client, byte[] StoredHash, DateTimeOffset LoadedAt);

    /// <summary>A SHA-256 as a value, so the cache is looked up without allocating.</summary>
    private readonly record struct KeyHash(ulong A, ulong B, ulong C, ulong D)
    {
        public static KeyHash Of(ReadOnlySpan<byte> hash)
        {
            var words = MemoryMarshal.Cast<byte, ulong>(hash);
            return new KeyHash(words[0], words[1], words[2], words[3]);
        }
    }
}

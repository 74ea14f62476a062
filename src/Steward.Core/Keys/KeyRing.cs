using System.Security.Cryptography;

namespace Steward.Core.Keys;

/// <summary>One reading of the key source: every key-encryption key (KEK) by version, the version
/// that wraps new data keys, and the key of the blind index. Immutable; the key material is internal
/// to Steward.Core, so no feature code can wrap, unwrap or hash on its own.</summary>
public sealed class KeyRing
{
    public const int KeySize = 32;

    private readonly Dictionary<int, byte[]> _keks;

    internal KeyRing(int current, IReadOnlyDictionary<int, byte[]> keks, byte[] indexKey)
    {
        if (!keks.ContainsKey(current)) throw new KeySourceException($"The current KEK version {current} has no key.");
        foreach (var (version, key) in keks)
        {
            if (version < 1) throw new KeySourceException($"KEK version {version} is not a positive number.");
            if (key.Length != KeySize) throw new KeySourceException($"KEK version {version} is not {KeySize} bytes.");
        }
        if (indexKey.Length != KeySize) throw new KeySourceException($"The blind-index key is not {KeySize} bytes.");
        Current = current;
        _keks = new Dictionary<int, byte[]>(keks);
        IndexKey = indexKey;
    }

    /// <summary>The KEK version that wraps new data keys.</summary>
    public int Current { get; }

    /// <summary>Every KEK version this ring holds, in order.</summary>
    public IReadOnlyList<int> Versions => [.. _keks.Keys.Order()];

    internal byte[] IndexKey { get; }

    internal byte[] CurrentKek => _keks[Current];

    internal bool TryGetKek(int version, out byte[] kek) => _keks.TryGetValue(version, out kek!);

    /// <summary>A first ring: KEK version 1 and an index key, all from the system's random generator.</summary>
    internal static KeyRing CreateNew() =>
        new(1, new Dictionary<int, byte[]> { [1] = RandomNumberGenerator.GetBytes(KeySize) }, RandomNumberGenerator.GetBytes(KeySize));

    /// <summary>This ring with a new random KEK one version above the highest, made current.</summary>
    internal KeyRing WithNewVersion()
    {
        var next = _keks.Keys.Max() + 1;
        var keks = new Dictionary<int, byte[]>(_keks) { [next] = RandomNumberGenerator.GetBytes(KeySize) };
        return new KeyRing(next, keks, IndexKey);
    }

    /// <summary>This ring without the given versions (never the current one).</summary>
    internal KeyRing Without(IEnumerable<int> versions)
    {
        var keks = new Dictionary<int, byte[]>(_keks);
        foreach (var version in versions.Where(v => v != Current)) keks.Remove(version);
        return new KeyRing(Current, keks, IndexKey);
    }
}

/// <summary>The key source cannot be read or does not hold a key that is needed. Names the source and
/// the version, never key material.</summary>
public sealed class KeySourceException(string message) : Exception(message);

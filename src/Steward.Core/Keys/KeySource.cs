using System.Globalization;
using Microsoft.Extensions.Logging;

namespace Steward.Core.Keys;

/// <summary>The key-encryption keys and the blind-index key, from outside the database: a key file
/// (the embedded default, created on first start) or the settings. One per process. A node that
/// meets a KEK version it does not know reloads the source, so <c>steward keys rotate</c> works
/// while Steward runs; before wrapping a new data key it picks up a changed key file.</summary>
public sealed partial class KeySource
{
    private readonly Func<KeyOptions> _options;
    private readonly ILogger<KeySource> _logger;
    private readonly Lock _lock = new();
    private volatile Loaded? _loaded;

    public KeySource(KeyOptions options, string dataFolder, ILogger<KeySource> logger)
        : this(() => options, dataFolder, logger)
    {
    }

    /// <param name="options">Reads the settings; called again on every reload, so keys added to a
    /// settings file that reloads on change are picked up.</param>
    public KeySource(Func<KeyOptions> options, string dataFolder, ILogger<KeySource> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _logger = logger;
        var first = options();
        FilePath = first.FromSettings ? null
            : string.IsNullOrWhiteSpace(first.File) ? Path.Combine(dataFolder, "keys.json") : first.File;
    }

    /// <summary>The key file, or null when the keys come from the settings.</summary>
    public string? FilePath { get; }

    public bool FromSettings => FilePath is null;

    /// <summary>Where the keys come from, for messages: the key file's path or the settings section.</summary>
    public string Description => FilePath is null ? $"the settings ({KeyOptions.Section})" : $"the key file {Path.GetFullPath(FilePath)}";

    /// <summary>Whether there are keys to read: always for the settings, for a file once it exists.</summary>
    public bool Exists => FilePath is null || File.Exists(FilePath);

    /// <summary>Creates the key file with a first KEK and an index key when there is none, and warns
    /// that it must be protected and backed up. Returns whether it created one.</summary>
    public bool CreateIfMissing()
    {
        if (FilePath is null) return false;
        lock (_lock)
        {
            if (File.Exists(FilePath)) return false;
            var ring = KeyRing.CreateNew();
            KeyFile.Write(FilePath, ring);
            Remember(ring);
            LogKeyFileCreated(_logger, Path.GetFullPath(FilePath));
            return true;
        }
    }

    /// <summary>The keys in force. A key file that changed since it was read (a rotation by another
    /// process) is read again first; this costs one file-system look-up.</summary>
    public KeyRing Ring
    {
        get
        {
            var loaded = _loaded;
            if (loaded is not null && (FilePath is null || Stamp(FilePath) == loaded.Stamp)) return loaded.Ring;
            return Reload();
        }
    }

    /// <summary>Reads the source again.</summary>
    public KeyRing Reload()
    {
        lock (_lock)
        {
            var previous = _loaded?.Ring.Current;
            var ring = FilePath is null ? ReadSettings(_options()) : ReadFile(FilePath);
            Remember(ring);
            if (previous is not null && previous != ring.Current) LogReloaded(_logger, ring.Current, previous.Value);
            return ring;
        }
    }

    /// <summary>The KEK of <paramref name="version"/>; a version this process does not know makes
    /// it read the source again before giving up.</summary>
    internal byte[] Kek(int version)
    {
        if ((_loaded?.Ring ?? Ring).TryGetKek(version, out var kek)) return kek;
        if (Reload().TryGetKek(version, out kek)) return kek;
        throw new KeySourceException($"KEK version {version.ToString(CultureInfo.InvariantCulture)} is not in {Description}.");
    }

    /// <summary>Adds a new random KEK version to the key file and makes it current. The settings
    /// cannot be written: there, the operator adds the version.</summary>
    internal KeyRing AddVersion() => ChangeFile(ring => ring.WithNewVersion());

    /// <summary>Removes KEK versions from the key file (never the current one).</summary>
    internal KeyRing RemoveVersions(IReadOnlyCollection<int> versions) => ChangeFile(ring => ring.Without(versions));

    private KeyRing ChangeFile(Func<KeyRing, KeyRing> change)
    {
        if (FilePath is null) throw new KeySourceException($"The keys come from {Description}, which Steward cannot write.");
        lock (_lock)
        {
            var ring = change(ReadFile(FilePath));
            KeyFile.Write(FilePath, ring);
            Remember(ring);
            return ring;
        }
    }

    private static KeyRing ReadFile(string path)
    {
        if (!File.Exists(path)) throw new KeySourceException($"There is no key file at {Path.GetFullPath(path)}. Steward creates it on first start; restore it from its backup if it was lost.");
        return KeyFile.Read(path);
    }

    private void Remember(KeyRing ring) => _loaded = new Loaded(ring, FilePath is null ? default : Stamp(FilePath));

    private static (DateTime, long) Stamp(string path)
    {
        var info = new FileInfo(path);
        return info.Exists ? (info.LastWriteTimeUtc, info.Length) : default;
    }

    private static KeyRing ReadSettings(KeyOptions options)
    {
        var keks = new Dictionary<int, byte[]>();
        foreach (var (version, key) in options.Kek)
        {
            if (!int.TryParse(version, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
                throw new KeySourceException($"{KeyOptions.Section}:Kek:{version} is not a numbered version.");
            keks[number] = KeyFile.Decode(key, $"{KeyOptions.Section}:Kek:{version}");
        }
        if (string.IsNullOrWhiteSpace(options.Index)) throw new KeySourceException($"{KeyOptions.Section}:Index is required when the KEKs come from the settings.");
        var current = options.Current > 0 ? options.Current : keks.Keys.Max();
        if (!keks.ContainsKey(current)) throw new KeySourceException($"{KeyOptions.Section}:Current is {current}, but there is no {KeyOptions.Section}:Kek:{current}.");
        return new KeyRing(current, keks, KeyFile.Decode(options.Index, $"{KeyOptions.Section}:Index"));
    }

    /// <summary>The keys as read, with the key file's time and length then, in one reference.</summary>
    private sealed record Loaded(KeyRing Ring, (DateTime Written, long Length) Stamp);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Created the key file {Path}. It holds the keys that unlock every subject's data: " +
        "make it readable by Steward's user only, and back it up separately from the database (without it the vault cannot be read; " +
        "kept with the database's backups it would defeat erasure).")]
    private static partial void LogKeyFileCreated(ILogger logger, string path);

    [LoggerMessage(Level = LogLevel.Information, Message = "Reloaded the keys: KEK version {Current} now wraps new data keys (was {Previous})")]
    private static partial void LogReloaded(ILogger logger, int current, int previous);
}

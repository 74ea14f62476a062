namespace Steward.Core.Keys;

/// <summary>Where the key-encryption keys (KEKs) and the blind-index key come from: the
/// <c>Steward:Keys</c> section of the settings. When <see cref="Kek"/> holds any key, every key comes
/// from the settings (for example environment variables <c>Steward__Keys__Kek__1</c>,
/// <c>Steward__Keys__Current</c>, <c>Steward__Keys__Index</c>); otherwise from a key file, by default
/// <c>keys.json</c> in the data folder, created on first start.</summary>
public sealed class KeyOptions
{
    public const string Section = "Steward:Keys";

    /// <summary>Path of the key file; empty for <c>keys.json</c> in the data folder.</summary>
    public string? File { get; set; }

    /// <summary>The KEK version that wraps new data keys, when the keys come from the settings.</summary>
    public int Current { get; set; }

    /// <summary>KEKs by version: base64 of 32 random bytes each.</summary>
    public Dictionary<string, string> Kek { get; set; } = [];

    /// <summary>The blind-index key (base64 of 32 random bytes), when the keys come from the settings.</summary>
    public string? Index { get; set; }

    public bool FromSettings => Kek.Count > 0;
}

using System.Text.Json;
using System.Text.Json.Serialization;

namespace Steward.Core.Keys;

/// <summary>The key file of the embedded default: JSON with every KEK by version, the current
/// version and the blind-index key, readable and writable by Steward's user only. It must be
/// protected and backed up apart from the database: with the database it unlocks everything,
/// without it nothing in the vault can be read.</summary>
internal static class KeyFile
{
    private const string About = "The key-encryption keys and the blind-index key of Steward. Keep this file secret, readable only by " +
        "the user Steward runs as, and back it up apart from the database: without it the vault cannot be read.";

    public static KeyRing Read(string path)
    {
        KeyFileContent? content;
        try
        {
            content = JsonSerializer.Deserialize(File.ReadAllBytes(path), KeyFileJson.Default.Content);
        }
        catch (JsonException e)
        {
            throw new KeySourceException($"The key file {path} is not valid JSON (line {e.LineNumber + 1}).");
        }
        if (content?.Kek is null || content.Index is null) throw new KeySourceException($"The key file {path} lacks 'kek' or 'index'.");
        var keks = new Dictionary<int, byte[]>();
        foreach (var (version, key) in content.Kek)
        {
            if (!int.TryParse(version, out var number)) throw new KeySourceException($"The key file {path} has a KEK version '{version}' that is not a number.");
            keks[number] = Decode(key, $"KEK version {version} in {path}");
        }
        return new KeyRing(content.Current, keks, Decode(content.Index, $"the index key in {path}"));
    }

    /// <summary>Writes the ring whole to a new file, then moves it over the old one, so a reader
    /// never sees half a file. The file is created readable and writable by its owner only.</summary>
    public static void Write(string path, KeyRing ring)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(folder);
        var content = new KeyFileContent(About, ring.Current,
            ring.Versions.ToDictionary(v => v.ToString(System.Globalization.CultureInfo.InvariantCulture), v => Convert.ToBase64String(Kek(ring, v))),
            Convert.ToBase64String(ring.IndexKey));
        var temporary = Path.Combine(folder, $".{Path.GetFileName(path)}.{Guid.NewGuid():n}.tmp");
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using (var stream = new FileStream(temporary, options))
        {
            JsonSerializer.Serialize(stream, content, KeyFileJson.Default.Content);
            stream.Flush(flushToDisk: true);
        }
        File.Move(temporary, path, overwrite: true);
    }

    public static byte[] Decode(string base64, string what)
    {
        try
        {
            var key = Convert.FromBase64String(base64.Trim());
            return key.Length == KeyRing.KeySize ? key : throw new KeySourceException($"{what} is not {KeyRing.KeySize} bytes.");
        }
        catch (FormatException)
        {
            throw new KeySourceException($"{what} is not base64.");
        }
    }

    private static byte[] Kek(KeyRing ring, int version) => ring.TryGetKek(version, out var kek) ? kek : throw new KeySourceException($"No KEK version {version}.");
}

internal sealed record KeyFileContent(string? About, int Current, Dictionary<string, string>? Kek, string? Index);

/// <summary>Generated at build time: reading the key file at every start costs no reflection.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, WriteIndented = true)]
[JsonSerializable(typeof(KeyFileContent), TypeInfoPropertyName = "Content")]
internal sealed partial class KeyFileJson : JsonSerializerContext;

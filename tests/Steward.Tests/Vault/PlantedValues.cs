using System.Text;
using Steward.Core.Keys;
using Steward.Core.Vault;

namespace Steward.Tests.Vault;

/// <summary>One person's recognisable data, planted in the vault so tests can look for any trace of
/// it in files, dumps, logs and audit records.</summary>
internal static class PlantedValues
{
    public const string Email = "  Alice.Planted7f3a@Example.COM ";
    public const string Telephone = "+86 138 0013 8000";
    public const string Name = "Alice Plantedottir";
    public const string ChineseName = "艾丽丝·植入";

    public static VaultValue[] Fields =>
    [
        new("contact.email", Email),
        new("contact.telephone", Telephone),
        new("identity.name", Name),
        new("identity.name", ChineseName, "zh"),
    ];

    /// <summary>Every written form of the planted values.</summary>
    public static string[] Texts =>
    [
        Email.Trim(), ContactNormaliser.Email(Email), Telephone, "13800138000", "+8613800138000", "138 0013 8000", Name, ChineseName,
    ];

    /// <summary>What to look for in stored bytes: every text form (UTF-8), and the blind-index hashes of
    /// the email and telephone number, raw and in hexadecimal (as pg_dump writes bytea) and base64.</summary>
    public static Dictionary<string, byte[]> Needles(KeyRing ring)
    {
        var needles = Texts.ToDictionary(t => $"text '{t}'", Encoding.UTF8.GetBytes);
        AddBinary(needles, "email index hash", BlindIndex.Email(ring.IndexKey, Email)!);
        AddBinary(needles, "telephone index hash", BlindIndex.Telephone(ring.IndexKey, Telephone)!);
        return needles;
    }

    public static void AddBinary(Dictionary<string, byte[]> needles, string name, byte[] value)
    {
        needles[name] = value;
        needles[name + " (hex)"] = Encoding.ASCII.GetBytes(Convert.ToHexStringLower(value));
        needles[name + " (base64)"] = Encoding.ASCII.GetBytes(Convert.ToBase64String(value));
    }

    public static List<string> FoundIn(byte[] haystack, Dictionary<string, byte[]> needles) =>
        [.. needles.Where(n => haystack.AsSpan().IndexOf(n.Value) >= 0).Select(n => n.Key).Order()];

    /// <summary>Planted values in a piece of text (a log line, an audit record, an error message).</summary>
    public static List<string> FoundIn(string text, KeyRing ring)
    {
        var hashes = new[] { BlindIndex.Email(ring.IndexKey, Email)!, BlindIndex.Telephone(ring.IndexKey, Telephone)! };
        var forms = Texts.Concat(hashes.SelectMany(h => new[] { Convert.ToHexString(h), Convert.ToBase64String(h) }));
        return [.. forms.Where(f => text.Contains(f, StringComparison.OrdinalIgnoreCase))];
    }
}

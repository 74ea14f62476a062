namespace Steward.Core.Vault;

/// <summary>One personal field as callers see it: its catalogue category, its value, and a name
/// that tells repeated entries of one category apart (empty for a single entry).</summary>
public sealed record VaultValue(string Category, string Value, string Name = "")
{
    /// <summary>Never the value: records and exceptions that print a field must not leak it.</summary>
    public override string ToString() => Name.Length == 0 ? Category : $"{Category}[{Name}]";
}

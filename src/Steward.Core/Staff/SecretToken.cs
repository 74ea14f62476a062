using System.Security.Cryptography;
using System.Text;

namespace Steward.Core.Staff;

/// <summary>Random secrets handed out once (set-up links, API keys) and the hashes kept instead.
/// A 256-bit random secret needs no slow password hash: SHA-256 of it cannot be reversed.</summary>
public static class SecretToken
{
    /// <summary>32 random bytes as unpadded base64url: safe in a URL path and a header.</summary>
    public static string New() => Base64Url(RandomNumberGenerator.GetBytes(32));

    public static byte[] Hash(string secret) => SHA256.HashData(Encoding.UTF8.GetBytes(secret));

    public static string Base64Url(ReadOnlySpan<byte> bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

using System.Security.Cryptography;
using System.Text;

namespace Steward.Core.Collection;

/// <summary>Random tokens for emailed links: the link carries the token, the database only its SHA-256.</summary>
public static class LinkTokens
{
    public static string New() => Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    public static byte[] Hash(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token ?? ""));

    private static string Base64UrlEncode(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Steward.Core.Keys;

namespace Steward.Hosting;

/// <summary>The ASP.NET Core data-protection keys (which sign sign-in cookies and antiforgery tokens)
/// are stored in <c>data/protection-keys</c> sealed under the vault's current KEK rather than in the
/// clear. A key sealed under a KEK that is later retired can no longer be read: data protection then
/// makes a new key, and people and staff sign in again.</summary>
internal static class DataProtectionKeyWrapping
{
    public const string Label = "aspnet-data-protection";

    public static IServiceCollection AddKekSealedDataProtectionKeys(this IServiceCollection services)
    {
        services.AddOptions<KeyManagementOptions>().Configure<KeySource>((o, keys) => o.XmlEncryptor = new KekXmlEncryptor(keys));
        return services;
    }
}

internal sealed class KekXmlEncryptor(KeySource keys) : IXmlEncryptor
{
    public EncryptedXmlInfo Encrypt(XElement plaintextElement)
    {
        ArgumentNullException.ThrowIfNull(plaintextElement);
        keys.CreateIfMissing(); // the first key may be made before the vault's start-up step has run
        var plaintext = Encoding.UTF8.GetBytes(plaintextElement.ToString(SaveOptions.DisableFormatting));
        var element = new XElement("kekSealed", Convert.ToBase64String(KekSealing.Seal(keys, plaintext, DataProtectionKeyWrapping.Label)));
        return new EncryptedXmlInfo(element, typeof(KekXmlDecryptor));
    }
}

/// <summary>Made by data protection through its service provider, as its decryptors are.</summary>
internal sealed class KekXmlDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement)
    {
        ArgumentNullException.ThrowIfNull(encryptedElement);
        var keys = services.GetRequiredService<KeySource>();
        var plaintext = KekSealing.Open(keys, Convert.FromBase64String(encryptedElement.Value), DataProtectionKeyWrapping.Label);
        return XElement.Parse(Encoding.UTF8.GetString(plaintext));
    }
}

using System.Security.Cryptography;
using Microsoft.Extensions.Logging;

namespace Steward.Core.Audit;

/// <summary>The ECDSA P-256 key that signs checkpoints: from configuration (PEM), or from the data
/// folder, where it is created on first use.</summary>
public sealed partial class AuditSigningKey : IDisposable
{
    public const int KeyIdLength = 64;
    public const int MaxSignatureSize = 132;

    private readonly ECDsa _key;

    private AuditSigningKey(ECDsa key)
    {
        _key = key;
        PublicKey = key.ExportSubjectPublicKeyInfo();
        KeyId = KeyIdOf(PublicKey);
    }

    /// <summary>Lower-case hex SHA-256 of <see cref="PublicKey"/>.</summary>
    public string KeyId { get; }

    /// <summary>X.509 SubjectPublicKeyInfo, DER.</summary>
    public byte[] PublicKey { get; }

    public static string KeyIdOf(ReadOnlySpan<byte> publicKey) => Convert.ToHexStringLower(SHA256.HashData(publicKey));

    public byte[] Sign(ReadOnlySpan<byte> statement) =>
        _key.SignData(statement, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);

    /// <summary>The configured key, else the key file in <paramref name="dataFolder"/>, created with a
    /// warning when there is none.</summary>
    public static AuditSigningKey LoadOrCreate(AuditOptions options, string dataFolder, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (TryLoad(options, dataFolder) is { } existing) return existing;

        var path = KeyFile(dataFolder);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var created = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        try
        {
            var file = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows()) file.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            using (var writer = new StreamWriter(path, file)) writer.Write(created.ExportPkcs8PrivateKeyPem());
            var key = FromPem(File.ReadAllText(path));
            LogCreated(logger, path, key.KeyId);
            return key;
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process created it first: use theirs.
            return TryLoad(options, dataFolder) ?? throw new InvalidOperationException($"The audit signing key {path} cannot be read.");
        }
    }

    /// <summary>The configured key or the key file, or null when there is neither (never creates one).</summary>
    public static AuditSigningKey? TryLoad(AuditOptions options, string dataFolder)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!string.IsNullOrWhiteSpace(options.SigningKey))
            return TryFromPem(options.SigningKey) ?? throw new InvalidOperationException("Steward:Audit:SigningKey is not an ECDSA P-256 private key in PEM.");
        var path = KeyFile(dataFolder);
        if (!File.Exists(path)) return null;
        return TryFromPem(File.ReadAllText(path)) ?? throw new InvalidOperationException($"{path} is not an ECDSA P-256 private key in PEM.");
    }

    public static AuditSigningKey? TryFromPem(string pem)
    {
        var key = ECDsa.Create();
        try
        {
            key.ImportFromPem(pem);
            if (key.KeySize != 256 || key.ExportParameters(false).Curve.Oid.Value != ECCurve.NamedCurves.nistP256.Oid.Value)
            {
                key.Dispose();
                return null;
            }
            return new AuditSigningKey(key);
        }
        catch (Exception e) when (e is ArgumentException or CryptographicException)
        {
            key.Dispose();
            return null;
        }
    }

    public static string KeyFile(string dataFolder) => Path.Combine(Path.GetFullPath(dataFolder), AuditOptions.KeyFileName);

    private static AuditSigningKey FromPem(string pem) =>
        TryFromPem(pem) ?? throw new InvalidOperationException("Not an ECDSA P-256 private key in PEM.");

    public void Dispose() => _key.Dispose();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Created the audit signing key {Path} (key id {KeyId}). Back it up, and keep it apart from database backups: whoever holds it can sign checkpoints.")]
    private static partial void LogCreated(ILogger logger, string path, string keyId);
}

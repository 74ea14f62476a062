using System.Security.Cryptography;

namespace Steward.Core.Audit;

/// <summary>Checks each checkpoint's signature with the key it names, and that the key is one to trust.</summary>
internal static class AuditSignatureCheck
{
    /// <summary>The first checkpoint (by tree size) whose signature does not hold, or null.</summary>
    public static AuditFailure? Run(IReadOnlyList<AuditCheckpoint> checkpoints, IReadOnlyList<AuditKey> keys, IReadOnlySet<string>? trustedKeyIds)
    {
        var loaded = new Dictionary<string, ECDsa?>(StringComparer.Ordinal);
        try
        {
            foreach (var key in keys) loaded[key.KeyId] = Import(key);
            foreach (var checkpoint in checkpoints)
            {
                if (Problem(checkpoint, loaded, trustedKeyIds) is { } problem)
                    return new AuditFailure(AuditFailureKind.Checkpoint, checkpoint.TreeSize, problem);
            }
            return null;
        }
        finally
        {
            foreach (var key in loaded.Values) key?.Dispose();
        }
    }

    private static string? Problem(AuditCheckpoint checkpoint, Dictionary<string, ECDsa?> keys, IReadOnlySet<string>? trusted)
    {
        if (!keys.TryGetValue(checkpoint.KeyId, out var key)) return $"it names signing key {checkpoint.KeyId}, which is not stored";
        if (key is null) return $"the stored key {checkpoint.KeyId} is not the key of that id";
        if (trusted is not null && !trusted.Contains(checkpoint.KeyId)) return $"it is signed by key {checkpoint.KeyId}, which is not a trusted key";
        var statement = AuditEncoding.CheckpointBytes(checkpoint.TreeSize, checkpoint.RootHash, checkpoint.Time);
        return key.VerifyData(statement, checkpoint.Signature, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation)
            ? null
            : "its signature does not match its tree size, root hash and time";
    }

    /// <summary>The key, or null when the stored bytes are not the key its id names.</summary>
    private static ECDsa? Import(AuditKey key)
    {
        if (AuditSigningKey.KeyIdOf(key.PublicKey) != key.KeyId) return null;
        var ecdsa = ECDsa.Create();
        try
        {
            ecdsa.ImportSubjectPublicKeyInfo(key.PublicKey, out _);
            return ecdsa;
        }
        catch (CryptographicException)
        {
            ecdsa.Dispose();
            return null;
        }
    }
}

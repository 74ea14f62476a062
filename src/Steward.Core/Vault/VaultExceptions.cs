namespace Steward.Core.Vault;

/// <summary>A read the grant does not allow: another subject, or a category it does not cover.</summary>
public sealed class VaultAccessDeniedException(string message) : Exception(message);

/// <summary>No such subject in the vault, or one that was erased.</summary>
public sealed class SubjectNotFoundException(Guid subjectId, bool erased)
    : Exception(erased ? $"Subject {subjectId:n} was erased." : $"There is no subject {subjectId:n}.")
{
    public Guid SubjectId { get; } = subjectId;
    public bool Erased { get; } = erased;
}

/// <summary>A stored ciphertext that does not open under its subject's key with its subject, field
/// and key version: moved, altered, or not the vault's.</summary>
public sealed class VaultIntegrityException(string message, Exception inner)
    : System.Security.Cryptography.CryptographicException(message, inner);

/// <summary>A legal hold keeps the subject's data: erasure is refused until it is released (P5.5).</summary>
public sealed class LegalHoldException(Guid subjectId)
    : InvalidOperationException($"Subject {subjectId} is under a legal hold; its data is kept until the hold is released.")
{
    public Guid SubjectId { get; } = subjectId;
}

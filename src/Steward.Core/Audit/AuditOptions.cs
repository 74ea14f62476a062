namespace Steward.Core.Audit;

/// <summary>The "Steward:Audit" settings.</summary>
public sealed class AuditOptions
{
    public const string Section = "Steward:Audit";
    public const string KeyFileName = "audit-signing-key.pem";

    /// <summary>Sign a checkpoint once this many entries are not covered by one.</summary>
    public int CheckpointEveryEntries { get; set; } = 1000;

    /// <summary>Sign a checkpoint once the oldest entry not covered by one is this old.</summary>
    public TimeSpan CheckpointInterval { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>The most entries committed in one transaction.</summary>
    public int MaxBatch { get; set; } = 2000;

    /// <summary>How many times the writer lets queued work run before committing, while each time
    /// brings more entries: fewer, larger commits under load (0 commits at once).</summary>
    public int CommitYields { get; set; } = 4;

    /// <summary>The ECDSA P-256 private key as PEM (PKCS#8 or SEC1). When empty, the key is read from
    /// <see cref="KeyFileName"/> in the data folder, and created there on first use.</summary>
    public string? SigningKey { get; set; }

    /// <summary>Ids of further keys whose checkpoints verify accepts (keys used before a rotation).
    /// The key Steward signs with is always trusted.</summary>
    public List<string> TrustedKeyIds { get; set; } = [];

    public IEnumerable<string> Problems()
    {
        if (CheckpointEveryEntries < 1) yield return "Steward:Audit:CheckpointEveryEntries must be at least 1.";
        if (CheckpointInterval <= TimeSpan.Zero) yield return "Steward:Audit:CheckpointInterval must be positive.";
        if (MaxBatch is < 1 or > 100_000) yield return "Steward:Audit:MaxBatch must be between 1 and 100000.";
        if (CommitYields is < 0 or > 100) yield return "Steward:Audit:CommitYields must be between 0 and 100.";
        if (!string.IsNullOrWhiteSpace(SigningKey) && AuditSigningKey.TryFromPem(SigningKey) is null)
            yield return "Steward:Audit:SigningKey is not an ECDSA P-256 private key in PEM.";
    }
}

namespace Steward.Core.Audit;

/// <summary>Which signing keys a verification trusts: the key Steward signs with (configured or in the
/// data folder) and the configured earlier keys.</summary>
public static class AuditTrust
{
    /// <summary>The trusted key ids, or null when there is neither a key nor a configured id (then any
    /// key stored in the database is accepted, and only the signatures' consistency is checked).</summary>
    public static HashSet<string>? TrustedKeyIds(AuditOptions audit, string dataFolder)
    {
        ArgumentNullException.ThrowIfNull(audit);
        using var key = AuditSigningKey.TryLoad(audit, dataFolder);
        if (key is null && audit.TrustedKeyIds.Count == 0) return null;
        HashSet<string> trusted = [.. audit.TrustedKeyIds];
        if (key is not null) trusted.Add(key.KeyId);
        return trusted;
    }
}

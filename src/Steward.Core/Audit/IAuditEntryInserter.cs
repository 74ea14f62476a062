namespace Steward.Core.Audit;

/// <summary>Inserts entries inside the writer's open transaction, one prepared statement reused for
/// every row; one implementation per database.</summary>
internal interface IAuditEntryInserter : IDisposable
{
    ValueTask InsertAsync(AuditEntry entry, CancellationToken cancellationToken);

    /// <summary>The number of entries in the log (its highest index plus one), read inside the batch's
    /// transaction, so entries another node appended are counted.</summary>
    ValueTask<long> CountAsync(CancellationToken cancellationToken);
}

namespace Steward.Core.Audit;

/// <summary>Inserts entries inside the writer's open transaction, one prepared statement reused for
/// every row; one implementation per database.</summary>
internal interface IAuditEntryInserter : IDisposable
{
    ValueTask InsertAsync(AuditEntry entry, CancellationToken cancellationToken);
}

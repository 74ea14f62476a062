using Microsoft.EntityFrameworkCore;
using Steward.Core.Storage;

namespace Steward.Core.Audit;

/// <summary>Keeps writers of several Steward nodes from interleaving on one database.</summary>
/// <remarks>
/// Each process has one writer (<see cref="AuditLog"/>), and every batch runs in one transaction
/// that first takes the database's audit write lock, then reads the head (the highest index and the
/// latest checkpoint) and appends after it. On PostgreSQL the lock is a transaction-scoped advisory
/// lock, released by commit or rollback; on SQLite the transaction is BEGIN IMMEDIATE (what
/// Microsoft.Data.Sqlite issues for a default transaction), which holds the file's single write lock.
/// So two nodes take turns, each sees the other's entries, and the index stays gap-free and strictly
/// increasing. The primary key on the index is the last guard: a writer that got this wrong would fail
/// rather than fork the chain. A lock rather than retries on conflict: batches are short, and a
/// queue of writers is simpler to reason about than optimistic retries.
/// </remarks>
internal static class AuditWriteLock
{
    public static Task TakeAsync(StewardDb db, CancellationToken cancellationToken) =>
        db.Database.ProviderName == StewardDb.SqliteProvider
            ? Task.CompletedTask
            // 0x5374657761726441 is "StewardA" in ASCII: a fixed id that no other lock of Steward uses.
            : db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(6013542965856855105)", cancellationToken);
}

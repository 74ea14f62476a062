using Microsoft.EntityFrameworkCore;
using Steward.Core.Storage;

namespace Steward.Core.Retention;

/// <summary>Holds the sweep's database connection open for the whole run and, on SQLite, tunes it
/// for large batches: a bounded 64 MB page cache (the default 2 MB makes every batch re-read the
/// subject-id indexes from the OS), put back before the connection returns to the pool. Commits keep
/// the database's full synchronous setting: an erasure reported (and audited) must have reached the
/// disk, and with thousands of subjects a batch the fsync is no part of the cost.</summary>
internal sealed class SweepConnection : IAsyncDisposable
{
    private const int CacheKib = 64 * 1024;
    private readonly StewardDb _db;
    private readonly bool _sqlite;
    private long _cacheSize;

    private SweepConnection(StewardDb db)
    {
        _db = db;
        _sqlite = db.Database.ProviderName == StewardDb.SqliteProvider;
    }

    public static async Task<SweepConnection> OpenAsync(StewardDb db, CancellationToken ct)
    {
        var connection = new SweepConnection(db);
        await db.Database.OpenConnectionAsync(ct);
        if (connection._sqlite)
        {
            connection._cacheSize = await connection.ScalarAsync("PRAGMA cache_size;", ct);
            await connection.ExecuteAsync(FormattableString.Invariant($"PRAGMA cache_size = -{CacheKib};"), ct);
        }
        return connection;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_sqlite)
                await ExecuteAsync(FormattableString.Invariant($"PRAGMA cache_size = {_cacheSize};"), CancellationToken.None);
        }
        finally
        {
            await _db.Database.CloseConnectionAsync();
        }
    }

    private async Task ExecuteAsync(string sql, CancellationToken ct)
    {
        await using var command = _db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(ct);
    }

    private async Task<long> ScalarAsync(string sql, CancellationToken ct)
    {
        await using var command = _db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
    }
}

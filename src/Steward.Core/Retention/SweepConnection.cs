using Microsoft.EntityFrameworkCore;
using Steward.Core.Storage;

namespace Steward.Core.Retention;

/// <summary>Holds the sweep's database connection open for the whole run and, on SQLite, tunes it
/// for large batches: a bounded 64 MB page cache (the default 2 MB makes every batch re-read the
/// subject-id indexes from the OS) and <c>synchronous=NORMAL</c>, which in WAL mode may lose the
/// last batches on a power cut but never tears one (a lost batch loses its erasure records with it
/// and is simply erased by the next run). The settings are put back before the connection returns
/// to the pool, so nothing else runs with them.</summary>
internal sealed class SweepConnection : IAsyncDisposable
{
    private const int CacheKib = 64 * 1024;
    private readonly StewardDb _db;
    private readonly bool _sqlite;
    private long _cacheSize;
    private long _synchronous;

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
            connection._synchronous = await connection.ScalarAsync("PRAGMA synchronous;", ct);
            await connection.ExecuteAsync(FormattableString.Invariant($"PRAGMA cache_size = -{CacheKib}; PRAGMA synchronous = NORMAL;"), ct);
        }
        return connection;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_sqlite)
                await ExecuteAsync(FormattableString.Invariant($"PRAGMA cache_size = {_cacheSize}; PRAGMA synchronous = {_synchronous};"), CancellationToken.None);
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

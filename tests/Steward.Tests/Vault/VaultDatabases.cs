using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Steward.Core.Storage;
using Steward.Hosting;
using Steward.Tests.Infrastructure;

namespace Steward.Tests.Vault;

/// <summary>New databases for the vault's data tests, and everything each keeps, as an attacker
/// with the disk or a backup would see it.</summary>
internal static class VaultDatabases
{
    public static StewardOptions Sqlite(TempFolder folder) => new() { DataFolder = Path.Combine(folder.Path, Guid.NewGuid().ToString("n")) };

    public static async Task<StewardOptions> PostgresAsync(TempFolder folder)
    {
        var server = await PostgresServer.Shared;
        return new StewardOptions
        {
            DataFolder = Path.Combine(folder.Path, Guid.NewGuid().ToString("n")),
            Database = new DatabaseOptions { Provider = DatabaseProvider.Postgres, ConnectionString = await server.CreateDatabaseAsync() },
        };
    }

    /// <summary>The bytes of the SQLite file (and of its WAL, should any be left) after a checkpoint
    /// that moved everything the WAL held into the file and truncated the WAL.</summary>
    public static async Task<byte[]> SqliteFileAsync(StewardOptions options)
    {
        var file = new SqliteConnectionStringBuilder(options.SqliteConnectionString()).DataSource;
        await using (var connection = new SqliteConnection(options.SqliteConnectionString()))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            await using var reader = await command.ExecuteReaderAsync();
            Assert.True(await reader.ReadAsync());
            Assert.Equal(0L, reader.GetInt64(0)); // not blocked: the whole WAL was checkpointed
        }
        using var all = new MemoryStream();
        foreach (var path in new[] { file, file + "-wal" }.Where(File.Exists))
        {
            await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            await stream.CopyToAsync(all);
        }
        return all.ToArray();
    }

    /// <summary>A plain-text <c>pg_dump</c> of the database, run as the unprivileged user the test
    /// server runs as.</summary>
    public static async Task<byte[]> PgDumpAsync(StewardOptions options)
    {
        var tools = await PgTools.LocateAsync();
        var connection = new NpgsqlConnectionStringBuilder(options.Database.ConnectionString);
        var dump = await tools.RunAsync("/", PgDumpPath(tools), "--host", connection.Host!, "--port", connection.Port.ToString(CultureInfo.InvariantCulture),
            "--username", connection.Username!, "--dbname", connection.Database!, "--no-owner");
        Assert.Contains("CREATE TABLE public.vault_fields", dump, StringComparison.Ordinal);
        return Encoding.UTF8.GetBytes(dump);
    }

    // pg_dump sits beside the server programs; where those are links on PATH, beside their targets.
    private static string PgDumpPath(PgTools tools)
    {
        var pgCtl = new FileInfo(Path.Combine(tools.BinDirectory, "pg_ctl"));
        var folder = pgCtl.ResolveLinkTarget(returnFinalTarget: true) is { } target ? Path.GetDirectoryName(target.FullName)! : tools.BinDirectory;
        return Path.Combine(folder, "pg_dump");
    }

    public static Task<byte[]> EverythingStoredAsync(StewardOptions options) =>
        options.Database.Provider == DatabaseProvider.Sqlite ? SqliteFileAsync(options) : PgDumpAsync(options);

    /// <summary>The column names of a table, as the database itself reports them.</summary>
    public static Task<List<string>> ColumnsAsync(StewardDb db, DatabaseProvider provider, string table) =>
        (provider == DatabaseProvider.Sqlite
            ? db.Database.SqlQuery<string>($"SELECT name AS \"Value\" FROM pragma_table_info({table})")
            : db.Database.SqlQuery<string>($"SELECT column_name::text AS \"Value\" FROM information_schema.columns WHERE table_name = {table}"))
        .ToListAsync();
}

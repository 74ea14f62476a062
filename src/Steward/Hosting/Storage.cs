using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Steward.Core.Storage;

namespace Steward.Hosting;

/// <summary>Chooses the database provider and brings the schema up to date.</summary>
public static class Storage
{
    public static void UseStewardDatabase(this DbContextOptionsBuilder builder, StewardOptions options)
    {
        switch (options.Database.Provider)
        {
            case DatabaseProvider.Sqlite: UseSqlite(builder, options); break;
            case DatabaseProvider.Postgres: UsePostgres(builder, options); break;
            default: throw new InvalidOperationException($"Unknown database provider '{options.Database.Provider}'.");
        }
    }

    // One method per provider: the runtime loads a provider's assemblies only when its method runs.
    private static void UseSqlite(DbContextOptionsBuilder builder, StewardOptions options) =>
        builder.UseSqlite(options.SqliteConnectionString(), b => b.MigrationsAssembly("Steward.Migrations.Sqlite"))
            .AddInterceptors(SqliteSecureDelete.Instance);

    private static void UsePostgres(DbContextOptionsBuilder builder, StewardOptions options) =>
        builder.UseNpgsql(options.Database.ConnectionString, b => b.MigrationsAssembly("Steward.Migrations.Postgres"));

    public static StewardDb CreateDb(StewardOptions options)
    {
        var builder = new DbContextOptionsBuilder<StewardDb>();
        builder.UseStewardDatabase(options);
        return new StewardDb(builder.Options);
    }

    /// <summary>Creates the data folder for SQLite, applies pending migrations, and turns on WAL so
    /// that readers never wait for the writer. Returns the migrations applied.</summary>
    public static async Task<IReadOnlyList<string>> MigrateAsync(StewardDb db, StewardOptions options, CancellationToken cancellationToken = default)
    {
        if (options.Database.Provider == DatabaseProvider.Sqlite)
        {
            var file = new SqliteConnectionStringBuilder(options.SqliteConnectionString()).DataSource;
            var folder = Path.GetDirectoryName(Path.GetFullPath(file));
            if (folder is not null) Directory.CreateDirectory(folder);
        }
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0) await db.Database.MigrateAsync(cancellationToken);
        if (options.Database.Provider == DatabaseProvider.Sqlite)
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
        return pending;
    }
}

using Microsoft.Data.Sqlite;

namespace Steward.Hosting;

/// <summary>Steward's settings: the "Steward" section of appsettings.json, or environment variables
/// such as <c>Steward__Database__Provider=Postgres</c>.</summary>
public sealed class StewardOptions
{
    public const string Section = "Steward";

    /// <summary>Where the embedded default keeps its SQLite file and, later, its key file.</summary>
    public string DataFolder { get; set; } = "data";

    /// <summary>Path of the policy catalogue; empty for the embedded default policy.</summary>
    public string? Catalogue { get; set; }

    public DatabaseOptions Database { get; set; } = new();

    public string SqliteConnectionString() =>
        string.IsNullOrWhiteSpace(Database.ConnectionString)
            ? new SqliteConnectionStringBuilder { DataSource = Path.Combine(DataFolder, "steward.db") }.ToString()
            : Database.ConnectionString;
}

public sealed class DatabaseOptions
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Required for PostgreSQL; for SQLite, defaults to steward.db in the data folder.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Bring the schema up to date when Steward starts.</summary>
    public bool MigrateOnStart { get; set; } = true;
}

public enum DatabaseProvider { Sqlite, Postgres }

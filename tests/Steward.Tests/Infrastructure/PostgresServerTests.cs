using Npgsql;

namespace Steward.Tests.Infrastructure;

public sealed class PostgresServerTests
{
    private const string CountOnlyHereTables =
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'only_here'";

    [Fact]
    public async Task A_new_database_answers_as_PostgreSQL()
    {
        var server = await PostgresServer.Shared;
        await using var connection = await OpenAsync(await server.CreateDatabaseAsync());

        var version = await ScalarAsync<string>(connection, "SELECT version()");

        Assert.StartsWith("PostgreSQL ", version, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_new_databases_do_not_share_tables()
    {
        var server = await PostgresServer.Shared;
        await using var first = await OpenAsync(await server.CreateDatabaseAsync());
        await using var second = await OpenAsync(await server.CreateDatabaseAsync());

        await ScalarAsync<int>(first, "CREATE TABLE only_here (id int); SELECT 0");

        Assert.Equal(1L, await ScalarAsync<long>(first, CountOnlyHereTables));
        Assert.Equal(0L, await ScalarAsync<long>(second, CountOnlyHereTables));
    }

    [Fact]
    public async Task A_named_database_gets_that_name()
    {
        var server = await PostgresServer.Shared;
        var name = $"named_{Guid.NewGuid():N}";
        await using var connection = await OpenAsync(await server.CreateDatabaseAsync(name));

        Assert.Equal(name, await ScalarAsync<string>(connection, "SELECT current_database()"));
    }

    [Fact]
    public async Task A_database_name_that_needs_quoting_is_refused()
    {
        var server = await PostgresServer.Shared;

        await Assert.ThrowsAsync<ArgumentException>(
            () => server.CreateDatabaseAsync("x\"; DROP DATABASE postgres; --"));
    }

    [Fact]
    public async Task The_server_process_does_not_run_as_root()
    {
        var server = await PostgresServer.Shared;
        await using var connection = await OpenAsync(await server.CreateDatabaseAsync());

        // The operating system's view of the server process that serves this very connection.
        var backend = await ScalarAsync<int>(connection, "SELECT pg_backend_pid()");
        var uidLine = File.ReadLines($"/proc/{backend}/status")
            .Single(line => line.StartsWith("Uid:", StringComparison.Ordinal));

        // Real, effective, saved and file-system user ids.
        Assert.DoesNotContain("0", uidLine.Split('\t', StringSplitOptions.RemoveEmptyEntries).Skip(1));
    }

    [Fact]
    public async Task Disposing_a_server_stops_it_and_removes_its_files()
    {
        var server = await PostgresServer.StartAsync();
        var connectionString = await server.CreateDatabaseAsync();
        var dataDirectory = server.DataDirectory;

        await server.DisposeAsync();

        Assert.False(Directory.Exists(dataDirectory));
        await Assert.ThrowsAnyAsync<NpgsqlException>(async () =>
        {
            await using var connection = new NpgsqlConnection($"{connectionString};Pooling=false;Timeout=2");
            await connection.OpenAsync();
        });
    }

    private static async Task<NpgsqlConnection> OpenAsync(string connectionString)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        return connection;
    }

    private static async Task<T> ScalarAsync<T>(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}

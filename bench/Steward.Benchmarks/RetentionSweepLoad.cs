using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Steward.Core.Catalogue;
using Steward.Core.Retention;
using Steward.Hosting;

namespace Steward.Benchmarks;

/// <summary>The retention sweep over N expired subjects on SQLite (each a subject, its wrapped key,
/// two fields with one blind-index entry, and a deregistration event a day old), erased whole by the
/// default catalogue's account rule. Reports subjects erased per second and memory while it runs.
/// Usage: <c>dotnet run -c Release --project bench/Steward.Benchmarks -- retention [subjects] [batch]</c></summary>
internal static class RetentionSweepLoad
{
    public static async Task<int> RunAsync(string[] args)
    {
        var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
        var batch = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5000;
        var folder = Environment.GetEnvironmentVariable("STEWARD_BENCH_DIR") is { Length: > 0 } dir
            ? Directory.CreateDirectory(Path.Combine(dir, Guid.NewGuid().ToString("n"))).FullName
            : Directory.CreateTempSubdirectory("steward-retention-").FullName;
        var options = new StewardOptions { DataFolder = folder };
        await using (var db = Storage.CreateDb(options)) await Storage.MigrateAsync(db, options);

        var now = DateTimeOffset.UtcNow;
        var seed = Stopwatch.StartNew();
        await SeedAsync(options.SqliteConnectionString(), count, now.AddDays(-1));
        Console.WriteLine($"seeded {count:N0} expired subjects in {seed.Elapsed.TotalSeconds:F1} s");
        // For looking at query plans by hand (sqlite3 FOLDER/steward.db): seed, keep the file, stop.
        if (Environment.GetEnvironmentVariable("STEWARD_BENCH_SEED_ONLY") == "1")
        {
            Console.WriteLine($"kept {folder}");
            return 0;
        }

        GC.Collect();
        var before = GC.GetTotalMemory(true);
        long peakManaged = 0, peakRss = 0;
        var dbOptions = new Microsoft.EntityFrameworkCore.DbContextOptionsBuilder<Steward.Core.Storage.StewardDb>();
        dbOptions.UseStewardDatabase(options);
        if (Environment.GetEnvironmentVariable("STEWARD_BENCH_SQL") == "1")
            dbOptions.LogTo(Console.WriteLine, [Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.CommandExecuted]);
        await using var sweepDb = new Steward.Core.Storage.StewardDb(dbOptions.Options);
        var sweep = new RetentionSweep(sweepDb, LoadedCatalogue.Load(null), new DatabaseLease(sweepDb, TimeProvider.System), new CountingAuditTrail(), TimeProvider.System);
        var clock = Stopwatch.StartNew();
        // Memory is sampled beside the sweep, so the sweep runs as the schedule runs it (no progress count).
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                peakManaged = Math.Max(peakManaged, GC.GetTotalMemory(false));
                peakRss = Math.Max(peakRss, Environment.WorkingSet);
                try { await Task.Delay(100, sampling.Token); } catch (OperationCanceledException) { break; }
            }
        });
        var report = await sweep.RunAsync(new RetentionRunOptions(BatchSize: batch));
        await sampling.CancelAsync();
        await sampler;
        clock.Stop();
        Console.WriteLine($"erased {report.Subjects:N0} subjects ({report.Rules.Sum(r => r.Fields):N0} fields) in {clock.Elapsed.TotalSeconds:F1} s: " +
            $"{report.Subjects / clock.Elapsed.TotalSeconds:N0} subjects/s; batch {batch}");
        Console.WriteLine($"managed heap before {before / 1048576} MB, peak {peakManaged / 1048576} MB; peak RSS {peakRss / 1048576} MB");
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
        return report.Subjects == count ? 0 : 1;
    }

    private static async Task SeedAsync(string connectionString, int count, DateTimeOffset at)
    {
        var when = (long)new DateTimeOffsetToBinaryConverter().ConvertToProvider(at)!;
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var tx = await connection.BeginTransactionAsync();
        var subject = Command(connection, "INSERT INTO vault_subjects (Id, Kind, CreatedAt) VALUES ($id, 'account_holder', $at)", "$id", "$at");
        var key = Command(connection, "INSERT INTO vault_keys (SubjectId, KeyVersion, KekVersion, WrappedKey) VALUES ($id, 1, 1, zeroblob(60))", "$id");
        var field = Command(connection, "INSERT INTO vault_fields (SubjectId, Category, Name, KeyVersion, Ciphertext, UpdatedAt) VALUES ($id, $c, '', 1, zeroblob(48), $at) RETURNING Id", "$id", "$c", "$at");
        var lookup = Command(connection, "INSERT INTO vault_lookups (FieldId, SubjectId, Hash) VALUES ($f, $id, randomblob(32))", "$f", "$id");
        var ev = Command(connection, "INSERT INTO retention_events (SubjectId, Event, Purpose, At) VALUES ($id, 'Deregistration', NULL, $at)", "$id", "$at");
        for (var i = 0; i < count; i++)
        {
            var id = Guid.NewGuid().ToString().ToUpperInvariant();
            await Run(subject, id, when);
            await Run(key, id);
            var email = (long)(await Scalar(field, id, "contact.email", when))!;
            await Scalar(field, id, "account.login_id", when);
            await Run(lookup, email, id);
            await Run(ev, id, when);
        }
        await tx.CommitAsync();
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, params string[] names)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in names) command.Parameters.Add(new SqliteParameter { ParameterName = name });
        return command;
    }

    private static Task<int> Run(SqliteCommand command, params object[] values)
    {
        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i];
        return command.ExecuteNonQueryAsync();
    }

    private static Task<object?> Scalar(SqliteCommand command, params object[] values)
    {
        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i];
        return command.ExecuteScalarAsync();
    }
}

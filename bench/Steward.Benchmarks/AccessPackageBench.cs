using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Microsoft.Extensions.Logging.Abstractions;
using Steward.Core.Catalogue;
using Steward.Core.Gate;
using Steward.Core.Keys;
using Steward.Core.Requests;
using Steward.Core.Storage;
using Steward.Core.Vault;

namespace Steward.Benchmarks;

/// <summary>The access package of one subject among many, on SQLite: the same subject's package is
/// built (gate decision, vault read and decryption, consents, limits, audit entries, requests) and
/// zipped, in a database of SUBJECTS other subjects with FIELDS fields and one audit entry each.
/// Usage: access-package SUBJECTS [FIELDS] [RUNS].</summary>
internal static class AccessPackageBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var subjects = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1000;
        var fieldsEach = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10;
        var runs = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 200;
        var folder = Directory.CreateTempSubdirectory("steward-bench-").FullName;
        try
        {
            await using var db = new StewardDb(new DbContextOptionsBuilder<StewardDb>()
                .UseSqlite($"Data Source={Path.Combine(folder, "steward.db")}", b => b.MigrationsAssembly("Steward.Migrations.Sqlite"))
                .AddInterceptors(SqliteSecureDelete.Instance).Options);
            await db.Database.MigrateAsync();
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
            var fill = Stopwatch.StartNew();
            await FillAsync(Path.Combine(folder, "steward.db"), subjects, fieldsEach);
            Console.WriteLine($"filled {subjects:N0} subjects, {subjects * (long)fieldsEach:N0} fields in {fill.Elapsed.TotalSeconds:F1} s");

            var catalogue = LoadedCatalogue.Load(null);
            var keys = new KeySource(new KeyOptions(), folder, NullLogger<KeySource>.Instance);
            keys.CreateIfMissing();
            var policy = CompiledPolicy.From(catalogue);
            var states = new SubjectStateStore(policy);
            var audit = new BenchAuditTrail();
            var gate = new GateService(policy, states, audit, TimeProvider.System);
            var writer = new VaultWriter(db, keys, catalogue, audit, TimeProvider.System, NullLogger<VaultWriter>.Instance, states);
            var package = new AccessPackage(db, new RequestVault(gate, new VaultReader(db, keys), writer), catalogue);
            var subject = await writer.CreateSubjectAsync("account_holder",
                [.. Enumerable.Range(0, fieldsEach).Select(i => new VaultValue(i == 0 ? "contact.email" : "account.settings", i == 0 ? "target@example.com" : $"setting {i}", i == 0 ? "" : $"s{i}"))],
                ActorRef.Steward("bench"));

            var times = new List<double>(runs);
            for (var i = 0; i < runs + 20; i++)
            {
                var watch = Stopwatch.StartNew();
                var contents = await package.BuildAsync(subject, ActorRef.Subject(subject), DateTimeOffset.UtcNow);
                var zip = await package.ZipAsync(contents, "en");
                watch.Stop();
                if (contents.Fields.Count != fieldsEach || zip.Length == 0) throw new InvalidOperationException("the package is not complete");
                if (i >= 20) times.Add(watch.Elapsed.TotalMilliseconds);
            }
            times.Sort();
            Console.WriteLine($"access package among {subjects:N0} subjects: median {times[times.Count / 2]:F2} ms, p95 {times[(int)(times.Count * 0.95)]:F2} ms over {runs} runs");
            return 0;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Other subjects, inserted directly (their ciphertext is random: nothing reads it).</summary>
    private static async Task FillAsync(string file, int subjects, int fieldsEach)
    {
        var time = (long)new DateTimeOffsetToBinaryConverter().ConvertToProvider(DateTimeOffset.UtcNow)!;
        await using var connection = new SqliteConnection($"Data Source={file}");
        await connection.OpenAsync();
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        var subject = Command(connection, transaction, "INSERT INTO vault_subjects (Id, Kind, CreatedAt) VALUES ($id, 'account_holder', $t)", "$id", "$t");
        var field = Command(connection, transaction, "INSERT INTO vault_fields (SubjectId, Category, Name, KeyVersion, Ciphertext, UpdatedAt) VALUES ($s, 'account.settings', $n, 1, $c, $t)", "$s", "$n", "$c", "$t");
        var entry = Command(connection, transaction, "INSERT INTO audit_entries (\"Index\", Time, Actor, Action, SubjectId, LeafHash) VALUES ($i, $t, 'steward:bench', 'vault.write', $s, $h)", "$i", "$t", "$s", "$h");
        var blob = RandomNumberGenerator.GetBytes(60);
        for (var i = 0; i < subjects; i++)
        {
            var id = Guid.NewGuid().ToString().ToUpperInvariant();
            Run(subject, id, time);
            for (var f = 0; f < fieldsEach; f++) Run(field, id, "f" + f.ToString(CultureInfo.InvariantCulture), blob, time);
            Run(entry, (long)i, time, id, blob[..32]);
        }
        await transaction.CommitAsync();
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] names)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in names) command.Parameters.Add(new SqliteParameter { ParameterName = name });
        return command;
    }

    private static void Run(SqliteCommand command, params object[] values)
    {
        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i];
        command.ExecuteNonQuery();
    }
}

using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Steward.Core.Audit;
using Steward.Core.Catalogue;
using Steward.Core.Gate;
using Steward.Core.Keys;
using Steward.Core.Storage;
using Steward.Core.Vault;

namespace Steward.Benchmarks;

/// <summary>The vault's hot paths. A read or a write keys its subject's cipher once (unwrap the data
/// key, key schedule), then seals or opens each field; both costs are measured apart, and together.</summary>
[MemoryDiagnoser]
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "BenchmarkDotNet disposes it in GlobalCleanup.")]
public class VaultCryptoBenchmarks
{
    private const string Value = "alice.example@example.com";
    private readonly Guid _subject = Guid.NewGuid();
    private readonly byte[] _dataKey = RandomNumberGenerator.GetBytes(32);
    private readonly byte[] _kek = RandomNumberGenerator.GetBytes(32);
    private FieldCipher _cipher = null!;
    private byte[] _sealed = null!;
    private byte[] _wrapped = null!;

    [GlobalSetup]
    public void Setup()
    {
        _cipher = new FieldCipher(_dataKey, _subject, 1);
        _sealed = _cipher.Seal("contact.email", "", Value);
        _wrapped = VaultCrypto.Wrap(_kek, 1, _subject, 1, _dataKey);
    }

    [Benchmark(Description = "Encrypt one field (25-byte email; subject's cipher keyed)")]
    public byte[] Encrypt() => _cipher.Seal("contact.email", "", Value);

    [Benchmark(Description = "Decrypt one field (subject's cipher keyed)")]
    public string Decrypt() => _cipher.Open("contact.email", "", _sealed);

    [Benchmark(Description = "Key a subject's cipher: unwrap its data key under the KEK, key schedule")]
    public void KeySubject()
    {
        var dataKey = VaultCrypto.Unwrap(_kek, 1, _subject, 1, _wrapped);
        using var cipher = new FieldCipher(dataKey, _subject, 1);
    }

    [Benchmark(Description = "Decrypt a one-field subject from scratch (unwrap, key, open)")]
    public string DecryptFromScratch()
    {
        var dataKey = VaultCrypto.Unwrap(_kek, 1, _subject, 1, _wrapped);
        return VaultCrypto.Decrypt(dataKey, _subject, 1, "contact.email", "", _sealed);
    }

    [GlobalCleanup]
    public void Cleanup() => _cipher.Dispose();
}

/// <summary>Erasing one subject (four fields, two of them indexed) from the embedded SQLite file, in
/// WAL mode with secure_delete, as Steward runs it: two durable commits (destroy the key, then
/// purge) and the audit append. Each iteration first creates the subjects it will erase.</summary>
[MemoryDiagnoser]
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "BenchmarkDotNet disposes it in GlobalCleanup.")]
public class VaultErasureBenchmarks
{
    private const int PerIteration = 100;
    private static readonly ActorRef Actor = ActorRef.Steward("bench");
    private readonly Queue<Guid> _subjects = new();
    private string _folder = null!;
    private StewardDb _db = null!;
    private VaultWriter _writer = null!;

    [GlobalSetup]
    public void Setup()
    {
        _folder = Directory.CreateTempSubdirectory("steward-bench-").FullName;
        _db = new StewardDb(new DbContextOptionsBuilder<StewardDb>()
            .UseSqlite($"Data Source={Path.Combine(_folder, "steward.db")}", b => b.MigrationsAssembly("Steward.Migrations.Sqlite"))
            .AddInterceptors(SqliteSecureDelete.Instance).Options);
        _db.Database.Migrate();
        _db.Database.ExecuteSqlRaw("PRAGMA journal_mode=WAL;");
        var keys = new KeySource(new KeyOptions(), _folder, NullLogger<KeySource>.Instance);
        keys.CreateIfMissing();
        _writer = new VaultWriter(_db, keys, LoadedCatalogue.Load(null), new BenchAuditTrail(), TimeProvider.System, NullLogger<VaultWriter>.Instance);
    }

    [IterationSetup]
    public void CreateSubjects()
    {
        for (var i = 0; i < PerIteration; i++)
        {
            _subjects.Enqueue(_writer.CreateSubjectAsync("job_applicant",
            [
                new("contact.email", $"person{i}@example.com"), new("contact.telephone", "13800138000"),
                new("identity.name", "Some Person"), new("application.resume", new string('x', 2000)),
            ], Actor).GetAwaiter().GetResult());
        }
    }

    [Benchmark(Description = "Erase one subject on SQLite (4 fields, 2 look-ups)")]
    [InvocationCount(PerIteration)]
    public Task<int> Erase() => _writer.EraseSubjectAsync(_subjects.Dequeue(), Actor, "benchmark");

    [GlobalCleanup]
    public void Cleanup()
    {
        _db.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}

/// <summary>Stands in for the audit log, built on another branch: keeps only a count, so the figure is
/// the vault's own cost; the audit log's append cost is measured with the audit log.</summary>
internal sealed class BenchAuditTrail : IAuditTrail
{
    private long _count;

    public ValueTask<long> AppendAsync(AuditRecord record, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Interlocked.Increment(ref _count));
}

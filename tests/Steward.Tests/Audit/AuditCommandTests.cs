using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Steward.Core.Audit;
using Steward.Hosting;
using Steward.Tests.Infrastructure;

namespace Steward.Tests.Audit;

/// <summary><c>steward audit verify</c> and <c>steward audit checkpoint</c> as an administrator runs them
/// on the embedded database.</summary>
public sealed class AuditCommandTests : IDisposable
{
    private readonly TempFolder _data = new();

    [Fact]
    public async Task Verify_of_an_untouched_log_prints_a_summary_and_exits_0()
    {
        await WriteLogAsync(250);

        var run = await CliRun.RunAsync("audit", "verify", "--data", _data.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Verified 250 entries and 3 checkpoints", run.Output);
        Assert.Contains("Latest checkpoint: 250 entries, root ", run.Output);
        Assert.DoesNotContain("No signing key here to trust", run.Output);
    }

    [Fact]
    public async Task Verify_of_a_tampered_entry_names_its_index_and_exits_1()
    {
        var options = await WriteLogAsync(250);
        await Tampering.FlipAsync(options, "audit_entries", "Reason", "Index", 142);

        var run = await CliRun.RunAsync("audit", "verify", "--data", _data.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("FAILED at entry 142: its leaf hash does not match its fields.", run.Output);
    }

    [Fact]
    public async Task Verify_of_a_tampered_checkpoint_names_it_and_exits_1()
    {
        var options = await WriteLogAsync(250);
        await Tampering.FlipAsync(options, "audit_checkpoints", "Signature", "TreeSize", 100);

        var run = await CliRun.RunAsync("audit", "verify", "--data", _data.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("FAILED at checkpoint at tree size 100: its signature does not match", run.Output);
    }

    [Fact]
    public async Task A_log_rewritten_and_signed_again_with_another_key_fails_on_the_first_checkpoint()
    {
        // Someone with the database but not the key changes an entry, fixes every hash, and signs new
        // checkpoints with a key of their own, which they store beside Steward's.
        var options = await WriteLogAsync(250);
        await Tampering.LiftGuardsAsync(options);
        await using (var db = Steward.Hosting.Storage.CreateDb(options))
        {
            var entry = await db.Set<AuditEntry>().SingleAsync(e => e.Index == 142);
            entry.Decision = "allowed";
            entry.LeafHash = MerkleTree.LeafHash(AuditEncoding.EntryBytes(entry.Index, entry.Time, entry.Record));
            using var forger = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            var publicKey = forger.ExportSubjectPublicKeyInfo();
            var keyId = AuditSigningKey.KeyIdOf(publicKey);
            db.Add(new AuditKey { KeyId = keyId, PublicKey = publicKey });
            await db.SaveChangesAsync();
            var leaves = await db.Set<AuditEntry>().OrderBy(e => e.Index).Select(e => e.LeafHash).ToListAsync();
            foreach (var checkpoint in await db.Set<AuditCheckpoint>().ToListAsync())
            {
                checkpoint.RootHash = MerkleTree.Root(leaves.Take((int)checkpoint.TreeSize).ToList());
                checkpoint.KeyId = keyId;
                checkpoint.Signature = forger.SignData(AuditEncoding.CheckpointBytes(checkpoint.TreeSize, checkpoint.RootHash, checkpoint.Time), HashAlgorithmName.SHA256);
            }
            await db.SaveChangesAsync();
        }

        var run = await CliRun.RunAsync("audit", "verify", "--data", _data.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("FAILED at checkpoint at tree size 100: it is signed by key ", run.Output);
        Assert.Contains("which is not a trusted key", run.Output);
    }

    [Fact]
    public async Task Checkpoint_signs_the_entries_not_yet_covered()
    {
        var options = await WriteLogAsync(130, checkpoint: false);

        var run = await CliRun.RunAsync("audit", "checkpoint", "--data", _data.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Checkpoint: 130 entries, root ", run.Output);
        await using var db = Steward.Hosting.Storage.CreateDb(options);
        Assert.Equal([100L, 130L], await db.Set<AuditCheckpoint>().OrderBy(c => c.TreeSize).Select(c => c.TreeSize).ToListAsync());
    }

    [Fact]
    public async Task Verify_without_a_database_says_so_and_exits_1()
    {
        var run = await CliRun.RunAsync("audit", "verify", "--data", _data.File("nothing-here"));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("There is no Steward database at", run.Error);
    }

    private async Task<StewardOptions> WriteLogAsync(int entries, bool checkpoint = true)
    {
        var options = new StewardOptions { DataFolder = _data.Path };
        await using var audit = await AuditTestLog.StartAsync(options, new AuditOptions { CheckpointEveryEntries = 100, MaxBatch = 25 });
        for (var i = 0; i < entries; i++) await audit.Log.AppendAsync(AuditTestLog.Record(i));
        if (checkpoint) await audit.Log.CheckpointAsync();
        return options;
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _data.Dispose();
    }
}

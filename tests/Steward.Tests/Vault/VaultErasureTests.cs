using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Steward.Core.Vault;
using Steward.Hosting;
using Steward.Tests.Infrastructure;

namespace Steward.Tests.Vault;

/// <summary>Erasure by crypto-shredding, checked the way an auditor would: by searching what the
/// database keeps (the raw SQLite file, a PostgreSQL dump) and the logs for the person's data.</summary>
public abstract class VaultErasureTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private protected abstract Task<StewardOptions> NewDatabaseAsync(TempFolder folder);

    private async Task<VaultHarness> StartAsync() => await VaultHarness.StartAsync(await NewDatabaseAsync(_folder));

    [Fact]
    public async Task After_erasure_the_stored_data_holds_none_of_the_planted_values_and_their_ciphertext_cannot_be_decrypted()
    {
        await using var vault = await StartAsync();
        var kept = await vault.CreateSubjectAsync("account_holder", new("contact.email", "kept@example.org"), new("identity.name", "Kept Person"));
        var erased = await vault.CreateSubjectAsync("job_applicant", PlantedValues.Fields);
        var needles = PlantedValues.Needles(vault.Keys.Ring);
        List<VaultField> copies;
        await using (var db = vault.OpenDb())
        {
            copies = await db.Set<VaultField>().AsNoTracking().Where(f => f.SubjectId == erased).ToListAsync();
            var wrapped = await db.Set<SubjectKey>().Where(k => k.SubjectId == erased).Select(k => k.WrappedKey).SingleAsync();
            PlantedValues.AddBinary(needles, "wrapped data key", wrapped);
            foreach (var copy in copies) PlantedValues.AddBinary(needles, $"ciphertext of {copy.Category}[{copy.Name}]", copy.Ciphertext);
        }

        // Before: encrypted at rest (no plain text), and the search does see what is stored.
        var before = PlantedValues.FoundIn(await VaultDatabases.EverythingStoredAsync(vault.Options), needles);
        Assert.DoesNotContain(before, n => n.StartsWith("text", StringComparison.Ordinal));
        Assert.Contains(before, n => n.StartsWith("email index hash", StringComparison.Ordinal));
        Assert.Contains(before, n => n.StartsWith("wrapped data key", StringComparison.Ordinal));

        Assert.Equal(4, await vault.EraseAsync(erased));

        Assert.Empty(PlantedValues.FoundIn(await VaultDatabases.EverythingStoredAsync(vault.Options), needles));
        Assert.Empty(await vault.FindByEmailAsync(PlantedValues.Email));
        Assert.Empty(await vault.FindByTelephoneAsync(PlantedValues.Telephone));
        Assert.True((await Assert.ThrowsAsync<SubjectNotFoundException>(() => vault.ReadAllAsync(erased))).Erased);
        Assert.Equal(["kept@example.org", "Kept Person"], (await vault.ReadAllAsync(kept)).Select(v => v.Value));

        // The copied ciphertext: its subject's key is gone, and no other key there is opens it.
        await using (var db = vault.OpenDb())
        {
            Assert.False(await db.Set<SubjectKey>().AnyAsync(k => k.SubjectId == erased));
            var ring = vault.Keys.Ring;
            foreach (var other in await db.Set<SubjectKey>().ToListAsync())
            {
                ring.TryGetKek(other.KekVersion, out var kek);
                Assert.ThrowsAny<CryptographicException>(() => VaultCrypto.Unwrap(kek, other.KekVersion, erased, other.KeyVersion, other.WrappedKey));
                var otherKey = VaultCrypto.Unwrap(kek, other.KekVersion, other.SubjectId, other.KeyVersion, other.WrappedKey);
                foreach (var copy in copies)
                {
                    Assert.ThrowsAny<CryptographicException>(() => VaultCrypto.Decrypt(otherKey, erased, copy.KeyVersion, copy.Category, copy.Name, copy.Ciphertext));
                }
            }

            // Rows brought back from a backup of the fields are still unreadable.
            db.AddRange(copies.Select(c => new VaultField { SubjectId = c.SubjectId, Category = c.Category, Name = c.Name, KeyVersion = c.KeyVersion, Ciphertext = c.Ciphertext, UpdatedAt = c.UpdatedAt }));
            await db.SaveChangesAsync();
        }
        Assert.True((await Assert.ThrowsAsync<SubjectNotFoundException>(() => vault.ReadAllAsync(erased))).Erased);
    }

    [Fact]
    public async Task Erasure_is_recorded_and_a_second_erasure_finishes_quietly()
    {
        await using var vault = await StartAsync();
        var subject = await vault.CreateSubjectAsync("job_applicant", PlantedValues.Fields);

        Assert.Equal(4, await vault.EraseAsync(subject));
        Assert.Equal(0, await vault.EraseAsync(subject));

        var erasures = vault.Audit.Records.Where(r => r.Action == "vault.erase").ToList();
        Assert.Equal(2, erasures.Count);
        Assert.All(erasures, r => Assert.Equal((subject, "rights request R-1: erasure"), (r.SubjectId!.Value, r.Reason!)));
        await using var db = vault.OpenDb();
        var tombstone = await db.Set<DataSubject>().SingleAsync();
        Assert.Equal((subject, "job_applicant", vault.Clock.GetUtcNow()), (tombstone.Id, tombstone.Kind, tombstone.ErasedAt!.Value));
        await Assert.ThrowsAsync<SubjectNotFoundException>(() => vault.EraseAsync(Guid.NewGuid()));
        await Assert.ThrowsAsync<SubjectNotFoundException>(() => vault.PutAsync(subject, new VaultValue("identity.name", "Back again")));
    }

    [Fact]
    public async Task A_backup_taken_before_erasure_cannot_open_the_erased_key_once_its_KEK_is_rotated_and_retired()
    {
        await using var vault = await StartAsync();
        var subject = await vault.CreateSubjectAsync("job_applicant", PlantedValues.Fields);
        SubjectKey backup;
        await using (var db = vault.OpenDb()) backup = await db.Set<SubjectKey>().AsNoTracking().SingleAsync();

        await vault.EraseAsync(subject);
        await vault.RotateAsync();
        Assert.Equal([backup.KekVersion], await vault.RetireAsync());

        var ring = vault.Keys.Reload();
        Assert.DoesNotContain(backup.KekVersion, ring.Versions);
        foreach (var version in ring.Versions)
        {
            ring.TryGetKek(version, out var kek);
            Assert.ThrowsAny<CryptographicException>(() => VaultCrypto.Unwrap(kek, backup.KekVersion, subject, backup.KeyVersion, backup.WrappedKey));
        }
    }

    [Fact]
    public async Task Logs_of_a_whole_write_read_look_up_rotate_and_erase_flow_hold_none_of_the_planted_values()
    {
        await using var vault = await StartAsync();
        var subject = await vault.CreateSubjectAsync("account_holder", PlantedValues.Fields);
        await vault.PutAsync(subject, new VaultValue("contact.telephone", PlantedValues.Telephone, "work"));
        Assert.Equal(5, (await vault.ReadAllAsync(subject)).Count);
        Assert.Equal([subject], await vault.FindByEmailAsync(PlantedValues.Email));
        Assert.Equal([subject], await vault.FindByTelephoneAsync("13800138000"));
        var refusals = new List<Exception>
        {
            await Assert.ThrowsAsync<VaultAccessDeniedException>(() => vault.ReadAsync(VaultHarness.Grant(Guid.NewGuid(), "contact"), subject)),
            await Assert.ThrowsAsync<VaultAccessDeniedException>(() => vault.ReadAsync(VaultHarness.Grant(subject, "identity"), subject, "contact.email")),
            await Assert.ThrowsAsync<ArgumentException>(() => vault.PutAsync(subject, new VaultValue("contact.telephone", PlantedValues.Name))),
        };
        await vault.RotateAsync(batchSize: 1);
        await vault.EraseAsync(subject);
        var ring = vault.Keys.Ring;

        var logs = vault.Logs.Entries;
        Assert.Contains(logs, l => l.Message.StartsWith("Erased subject", StringComparison.Ordinal));
        Assert.Contains(logs, l => l.Category.StartsWith("Microsoft.EntityFrameworkCore.Database.Command", StringComparison.Ordinal));
        Assert.All(logs, l => Assert.Empty(PlantedValues.FoundIn(l.Text, ring)));
        Assert.All(refusals, e => Assert.Empty(PlantedValues.FoundIn(e.ToString(), ring)));
        Assert.All(vault.Audit.Records, r => Assert.Empty(PlantedValues.FoundIn(r.ToString(), ring)));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteVaultErasureTests : VaultErasureTests
{
    private protected override Task<StewardOptions> NewDatabaseAsync(TempFolder folder) => Task.FromResult(VaultDatabases.Sqlite(folder));
}

public sealed class PostgresVaultErasureTests : VaultErasureTests
{
    private protected override Task<StewardOptions> NewDatabaseAsync(TempFolder folder) => VaultDatabases.PostgresAsync(folder);
}

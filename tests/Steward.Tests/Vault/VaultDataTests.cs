using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;
using Steward.Core.Audit;
using Steward.Core.Statistics;
using Steward.Core.Vault;
using Steward.Hosting;
using Steward.Tests.Infrastructure;

namespace Steward.Tests.Vault;

/// <summary>The vault on every database Steward supports: writing and reading through a grant, the
/// binding of each ciphertext to its subject and field, look-up by email and telephone, and the
/// non-personal statistics kept apart.</summary>
public abstract class VaultDataTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private protected abstract Task<StewardOptions> NewDatabaseAsync(TempFolder folder);

    private async Task<VaultHarness> StartAsync() => await VaultHarness.StartAsync(await NewDatabaseAsync(_folder));

    [Fact]
    public async Task Fields_written_are_read_back_as_written()
    {
        await using var vault = await StartAsync();
        var subject = await vault.CreateSubjectAsync("account_holder",
            new("identity.name", "Li Lei"), new("identity.name", "李雷", "zh"), new("contact.email", "li.lei@example.cn"),
            new("contact.address", "北京市海淀区 1 号", "home"), new("contact.address", "Shanghai, Pudong 2", "work"));

        var read = await vault.ReadAllAsync(subject);

        Assert.Equal(
            [("contact.address", "home", "北京市海淀区 1 号"), ("contact.address", "work", "Shanghai, Pudong 2"),
             ("contact.email", "", "li.lei@example.cn"), ("identity.name", "", "Li Lei"), ("identity.name", "zh", "李雷")],
            read.Select(v => (v.Category, v.Name, v.Value)));
    }

    [Fact]
    public async Task Putting_a_field_again_replaces_it_and_adds_new_ones_beside_it()
    {
        await using var vault = await StartAsync();
        var subject = await vault.CreateSubjectAsync("marketing_contact", new("contact.email", "old@example.com"), new("identity.name", "Han Meimei"));

        await vault.PutAsync(subject, new VaultValue("contact.email", "new@example.com"), new VaultValue("contact.telephone", "13912345678"));

        var read = await vault.ReadAllAsync(subject);
        Assert.Equal([("contact.email", "new@example.com"), ("contact.telephone", "13912345678"), ("identity.name", "Han Meimei")],
            read.Select(v => (v.Category, v.Value)));
        Assert.Empty(await vault.FindByEmailAsync("old@example.com"));
        Assert.Equal([subject], await vault.FindByEmailAsync("NEW@example.com"));
    }

    [Fact]
    public async Task A_grant_yields_only_the_categories_it_covers()
    {
        await using var vault = await StartAsync();
        var subject = await vault.CreateSubjectAsync("account_holder", PlantedValues.Fields);

        var contact = await vault.ReadAsync(VaultHarness.Grant(subject, "contact"), subject);
        var emailOnly = await vault.ReadAsync(VaultHarness.Grant(subject, "contact.email", "identity"), subject, "contact.email");

        Assert.Equal(["contact.email", "contact.telephone"], contact.Select(v => v.Category));
        Assert.Equal([PlantedValues.Email], emailOnly.Select(v => v.Value));
    }

    [Fact]
    public async Task A_read_with_a_grant_for_another_subject_is_refused()
    {
        await using var vault = await StartAsync();
        var alice = await vault.CreateSubjectAsync("account_holder", PlantedValues.Fields);
        var bob = await vault.CreateSubjectAsync("account_holder", new VaultValue("identity.name", "Bob"));

        var refused = await Assert.ThrowsAsync<VaultAccessDeniedException>(() => vault.ReadAsync(VaultHarness.Grant(bob, "identity"), alice));
        Assert.Contains(bob.ToString("n"), refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_read_of_a_category_the_grant_does_not_cover_is_refused()
    {
        await using var vault = await StartAsync();
        var subject = await vault.CreateSubjectAsync("account_holder", PlantedValues.Fields);

        var refused = await Assert.ThrowsAsync<VaultAccessDeniedException>(
            () => vault.ReadAsync(VaultHarness.Grant(subject, "contact.email"), subject, "contact.email", "identity.name"));
        Assert.Contains("identity.name", refused.Message, StringComparison.Ordinal);
        Assert.Empty(PlantedValues.FoundIn(refused.Message, vault.Keys.Ring));
    }

    [Fact]
    public async Task A_ciphertext_moved_to_another_subject_or_field_does_not_decrypt()
    {
        await using var vault = await StartAsync();
        var alice = await vault.CreateSubjectAsync("account_holder", new("contact.email", "alice@example.com"), new("identity.name", "Alice"));
        var bob = await vault.CreateSubjectAsync("account_holder", new("contact.email", "bob@example.com"), new("identity.name", "Bob"));

        // Alice's email moved into her own name field, and into Bob's email field.
        await using (var db = vault.OpenDb())
        {
            var fields = await db.Set<VaultField>().ToListAsync();
            var aliceEmail = fields.Single(f => f.SubjectId == alice && f.Category == "contact.email").Ciphertext;
            fields.Single(f => f.SubjectId == alice && f.Category == "identity.name").Ciphertext = aliceEmail;
            fields.Single(f => f.SubjectId == bob && f.Category == "contact.email").Ciphertext = aliceEmail;
            await db.SaveChangesAsync();
        }

        var otherField = await Assert.ThrowsAsync<VaultIntegrityException>(() => vault.ReadAllAsync(alice));
        var otherSubject = await Assert.ThrowsAsync<VaultIntegrityException>(() => vault.ReadAllAsync(bob));
        Assert.Contains("identity.name", otherField.Message, StringComparison.Ordinal);
        Assert.Contains("contact.email", otherSubject.Message, StringComparison.Ordinal);
        // Untouched fields still open.
        Assert.Equal(["Bob"], (await vault.ReadAsync(VaultHarness.Grant(bob, "identity"), bob)).Select(v => v.Value));
    }

    [Fact]
    public async Task An_email_or_telephone_number_finds_its_subject_however_it_is_written()
    {
        await using var vault = await StartAsync();
        var alice = await vault.CreateSubjectAsync("account_holder", PlantedValues.Fields);
        var other = await vault.CreateSubjectAsync("account_holder", new("contact.email", "other@example.com"), new("contact.telephone", "+44 20 7946 0958"));

        Assert.Equal([alice], await vault.FindByEmailAsync("alice.planted7f3a@example.com"));
        Assert.Equal([alice], await vault.FindByEmailAsync("ALICE.PLANTED7F3A@EXAMPLE.COM  "));
        Assert.Equal([alice], await vault.FindByTelephoneAsync("13800138000"));
        Assert.Equal([alice], await vault.FindByTelephoneAsync("+8613800138000"));
        Assert.Equal([alice], await vault.FindByTelephoneAsync("138 0013 8000"));
        Assert.Equal([other], await vault.FindByTelephoneAsync("+442079460958"));
        Assert.Empty(await vault.FindByEmailAsync("nobody@example.com"));
        Assert.Empty(await vault.FindByTelephoneAsync("13900000000"));
        Assert.Empty(await vault.FindByTelephoneAsync("not a number"));
    }

    [Fact]
    public async Task An_email_used_by_two_subjects_finds_both()
    {
        await using var vault = await StartAsync();
        var first = await vault.CreateSubjectAsync("job_applicant", new VaultValue("contact.email", "shared@example.com"));
        var second = await vault.CreateSubjectAsync("marketing_contact", new VaultValue("contact.email", "Shared@Example.com"));

        Assert.Equal(new[] { first, second }.Order(), (await vault.FindByEmailAsync("shared@example.com")).Order());
    }

    [Fact]
    public async Task Unknown_kinds_and_categories_non_personal_data_and_telephones_that_are_not_numbers_are_refused_by_name()
    {
        await using var vault = await StartAsync();

        var kind = await Assert.ThrowsAsync<ArgumentException>(() => vault.CreateSubjectAsync("pet", new VaultValue("identity.name", "Rex")));
        var category = await Assert.ThrowsAsync<ArgumentException>(() => vault.CreateSubjectAsync("visitor", new VaultValue("identity.shoe_size", "42")));
        var statistics = await Assert.ThrowsAsync<ArgumentException>(() => vault.CreateSubjectAsync("visitor", new VaultValue("statistics.visits", "3")));
        var telephone = await Assert.ThrowsAsync<ArgumentException>(() => vault.CreateSubjectAsync("visitor", new VaultValue("contact.telephone", "call me maybe")));

        Assert.Contains("'pet'", kind.Message, StringComparison.Ordinal);
        Assert.Contains("'identity.shoe_size'", category.Message, StringComparison.Ordinal);
        Assert.Contains("not personal data", statistics.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("call me maybe", telephone.Message, StringComparison.Ordinal);
        await using var db = vault.OpenDb();
        Assert.Empty(await db.Set<DataSubject>().ToListAsync());
    }

    [Fact]
    public async Task Every_write_is_recorded_in_the_audit_log_by_pseudonymous_id_and_categories_only()
    {
        await using var vault = await StartAsync();
        var subject = await vault.CreateSubjectAsync("account_holder", PlantedValues.Fields);
        await vault.PutAsync(subject, new VaultValue("contact.telephone", "13912345678"));

        Assert.Equal(
            [("vault.write", "created account_holder; contact.email, contact.telephone, identity.name, identity.name[zh]"),
             ("vault.write", "contact.telephone")],
            vault.Audit.Records.Select(r => (r.Action, r.Reason!)));
        Assert.All(vault.Audit.Records, r => Assert.Equal((subject, VaultHarness.Actor.ToString()), (r.SubjectId!.Value, r.Actor)));
    }

    [Fact]
    public async Task A_subject_has_a_random_id_its_kind_and_creation_time_and_nothing_personal_in_plain()
    {
        await using var vault = await StartAsync();
        var first = await vault.CreateSubjectAsync("job_applicant", PlantedValues.Fields);
        var second = await vault.CreateSubjectAsync("job_applicant", PlantedValues.Fields);

        await using var db = vault.OpenDb();
        var subjects = await db.Set<DataSubject>().OrderBy(s => s.CreatedAt).ToListAsync();
        Assert.Equal(2, subjects.Count);
        Assert.NotEqual(first, second);
        Assert.All(subjects, s => Assert.Equal(("job_applicant", vault.Clock.GetUtcNow(), (DateTimeOffset?)null), (s.Kind, s.CreatedAt, s.ErasedAt)));
        // Each subject has its own data key: the same values give unrelated ciphertexts.
        var keys = await db.Set<SubjectKey>().Select(k => k.WrappedKey).ToListAsync();
        Assert.NotEqual(keys[0], keys[1]);
        var names = await db.Set<VaultField>().Where(f => f.Category == "identity.name" && f.Name == "").Select(f => f.Ciphertext).ToListAsync();
        Assert.NotEqual(names[0], names[1]);
    }

    [Fact]
    public async Task Visit_counts_add_up_per_site_page_and_day_in_a_table_with_no_subject_column()
    {
        await using var vault = await StartAsync();
        await vault.CountVisitAsync("corporate", "/products");
        await vault.CountVisitAsync("corporate", "/products");
        await vault.CountVisitAsync("corporate", "/");
        vault.Clock.Advance(TimeSpan.FromDays(1));
        await vault.CountVisitAsync("corporate", "/products");

        var today = DateOnly.FromDateTime(vault.Clock.GetUtcNow().UtcDateTime);
        var counts = await vault.InScopeAsync(s => s.GetRequiredService<VisitCounter>().ForDayAsync("corporate", today.AddDays(-1)));
        Assert.Equal([("/", 1L), ("/products", 2L)], counts.Select(c => (c.Page, c.Count)));

        await using var db = vault.OpenDb();
        var columns = await VaultDatabases.ColumnsAsync(db, vault.Options.Database.Provider, "visit_counts");
        Assert.Equal(["Count", "Day", "Page", "Site"], columns.Order(StringComparer.Ordinal));
        Assert.Empty(db.Model.FindEntityType(typeof(VisitCount))!.GetForeignKeys());
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteVaultDataTests : VaultDataTests
{
    private protected override Task<StewardOptions> NewDatabaseAsync(TempFolder folder) => Task.FromResult(VaultDatabases.Sqlite(folder));
}

public sealed class PostgresVaultDataTests : VaultDataTests
{
    private protected override Task<StewardOptions> NewDatabaseAsync(TempFolder folder) => VaultDatabases.PostgresAsync(folder);
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Steward.Core.Careers;
using Steward.Core.Catalogue.Model;
using Steward.Core.Consent;
using Steward.Core.Gate;
using Steward.Core.Retention;
using Steward.Core.Storage;
using Steward.Core.Vault;
using Steward.Tests.Gate;
using Steward.Tests.Infrastructure;
using Steward.Tests.Sites;
using Steward.Tests.Vault;
using static Steward.Tests.Staff.ConsoleBrowser;

namespace Steward.Tests.Retention;

/// <summary>The events retention rules count from are recorded where they happen (P5.3): a posting
/// closed by its recruiter, a person signing in, an account closed; and a rule counted from such an
/// event erases once its period has run, not a day before (fake clock).</summary>
public sealed class RetentionEventTests : IDisposable
{
    private static readonly string[] Applicant = ["identity.name", "contact.email", "application.occupation"];
    private readonly TempFolder _folder = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly RecordingAuditTrail _audit = new();

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    private async Task<StewardDb> MigratedDbAsync()
    {
        var options = VaultDatabases.Sqlite(_folder);
        var db = Steward.Hosting.Storage.CreateDb(options);
        await Steward.Hosting.Storage.MigrateAsync(db, options);
        return db;
    }

    private Task<RetentionReport> SweepAsync(StewardDb db) =>
        new RetentionSweep(db, GateFixture.Catalogue, new DatabaseLease(db, _clock), _audit, _clock).RunAsync(new RetentionRunOptions());

    private static async Task<bool> ErasedAsync(StewardDb db, Guid id) =>
        !await db.Set<VaultField>().AnyAsync(f => f.SubjectId == id);

    [Fact]
    public async Task Closing_a_posting_starts_six_months_for_its_applicants_and_two_years_for_the_talent_pool()
    {
        await using var db = await MigratedDbAsync();
        var retention = new RetentionRecords(db, GateFixture.Catalogue, _audit, _clock);
        var postings = new JobPostings(db, _clock, retention);
        var text = new PostingText("Test engineer", "测试工程师", "HIL testing.", "硬件在环测试。");
        var posting = await postings.CreateAsync("recruiter-1", "careers", text, open: true);
        var other = await postings.CreateAsync("recruiter-1", "careers", text, open: true);
        var applicants = await RetentionSeed.AddAsync(db, 3, "job_applicant", Applicant, null, _clock.GetUtcNow());
        var (plain, pooled, elsewhere) = (applicants[0], applicants[1], applicants[2]);
        foreach (var (subject, to) in new[] { (plain, posting.Id), (pooled, posting.Id), (elsewhere, other.Id) })
            db.Add(new JobApplication { Id = Guid.NewGuid(), PostingId = to, SubjectId = subject, SubmissionKey = Guid.NewGuid().ToString("n"), SubmittedAt = _clock.GetUtcNow(), NoticeVersion = "1", Language = "en" });
        db.Add(new ConsentRecord { SubjectId = pooled, Purpose = "recruitment.talent_pool", Status = ConsentStatus.Given, RecordedAt = _clock.GetUtcNow(), Channel = ConsentChannel.Form });
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        _clock.Advance(TimeSpan.FromDays(20));
        await postings.UpdateAsync(posting.Id, "careers", text, open: false);
        var closedAt = _clock.GetUtcNow();
        Assert.Equal(2, await db.Set<SubjectEvent>().CountAsync(e => e.Event == RetentionEvent.ApplicationClosed && e.At == closedAt));

        _clock.SetUtcNow(closedAt.AddMonths(6).AddDays(-1));
        await SweepAsync(db);
        Assert.False(await ErasedAsync(db, plain));

        _clock.SetUtcNow(closedAt.AddMonths(6));
        await SweepAsync(db);
        Assert.True(await ErasedAsync(db, plain));
        Assert.False(await ErasedAsync(db, pooled));
        Assert.False(await ErasedAsync(db, elsewhere));

        _clock.SetUtcNow(closedAt.AddYears(2).AddDays(-1));
        await SweepAsync(db);
        Assert.False(await ErasedAsync(db, pooled));
        _clock.SetUtcNow(closedAt.AddYears(2));
        await SweepAsync(db);
        Assert.True(await ErasedAsync(db, pooled));
        // The other posting is still open: its applicant's clock has not started.
        Assert.False(await ErasedAsync(db, elsewhere));
        Assert.Equal(1, await db.Set<RetentionErasure>().CountAsync(e => e.SubjectId == plain));
    }

    [Fact]
    public async Task A_period_from_last_activity_runs_from_the_latest_activity_only()
    {
        await using var db = await MigratedDbAsync();
        var retention = new RetentionRecords(db, GateFixture.Catalogue, _audit, _clock);
        var person = (await RetentionSeed.AddAsync(db, 1, "account_holder", ["contact.email", "correspondence.enquiry"], null, _clock.GetUtcNow()))[0];

        await retention.RecordEventAsync(person, RetentionEvent.LastActivity);
        _clock.Advance(TimeSpan.FromDays(700));
        await retention.RecordEventAsync(person, RetentionEvent.LastActivity);
        var latest = _clock.GetUtcNow();
        Assert.Equal(latest, (await db.Set<SubjectEvent>().SingleAsync(e => e.SubjectId == person)).At);

        // Three years after the first activity, but not after the latest: the enquiry stays.
        _clock.SetUtcNow(latest.AddYears(3).AddDays(-1));
        await SweepAsync(db);
        Assert.True(await db.Set<VaultField>().AnyAsync(f => f.SubjectId == person && f.Category == "correspondence.enquiry"));

        _clock.SetUtcNow(latest.AddYears(3));
        await SweepAsync(db);
        Assert.False(await db.Set<VaultField>().AnyAsync(f => f.SubjectId == person && f.Category == "correspondence.enquiry"));
        Assert.True(await db.Set<VaultField>().AnyAsync(f => f.SubjectId == person && f.Category == "contact.email"));
    }

    [Fact]
    public async Task Signing_in_is_last_activity_and_an_account_closed_under_a_hold_is_erased_once_the_hold_ends()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var site = await SiteServer.StartAsync(new Dictionary<string, string?> { ["Steward:Retention:Interval"] = "00:00:00" }, clock);
        using var visitor = site.Visitor();
        await visitor.SubmitAsync("/sites/corporate/register", AccountTests.Registration("kept@example.cn"));
        await visitor.GetAsync(AccountTests.PathOf(await site.Smtp.WaitForAsync("kept@example.cn")));
        var subject = await Stored.SubjectByEmailAsync(site.Server, "kept@example.cn");
        await using (var scope = site.Server.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<SubjectControls>().PlaceLegalHoldAsync(ActorRef.Staff("officer", "privacy_officer"), subject, "tax audit 2026-18", null);

        await visitor.SubmitAsync("/account/sign-in", [Field("email", "kept@example.cn"), Field("password", AccountTests.Password)]);
        var firstSignIn = clock.GetUtcNow();
        clock.Advance(TimeSpan.FromDays(3));
        var account = await visitor.SubmitAsync("/account/sign-in", [Field("email", "kept@example.cn"), Field("password", AccountTests.Password)]);
        Assert.Equal("/account", account.Path);
        await visitor.SubmitAsync("/account", [], handler: "Close");

        await using (var scope = site.Server.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<StewardDb>();
            var events = await db.Set<SubjectEvent>().AsNoTracking().Where(e => e.SubjectId == subject).ToListAsync();
            Assert.Equal(firstSignIn.AddDays(3), Assert.Single(events, e => e.Event == RetentionEvent.LastActivity).At, TimeSpan.FromMilliseconds(1));
            Assert.Single(events, e => e.Event == RetentionEvent.Deregistration);

            // Held: the sweep leaves the account's data (the rule's period from deregistration is nil).
            await scope.ServiceProvider.GetRequiredService<RetentionSweep>().RunAsync(new RetentionRunOptions());
            Assert.True(await db.Set<VaultField>().AnyAsync(f => f.SubjectId == subject && f.Category == "contact.email"));

            await scope.ServiceProvider.GetRequiredService<SubjectControls>().ReleaseLegalHoldAsync(ActorRef.Staff("officer", "privacy_officer"), subject);
            await scope.ServiceProvider.GetRequiredService<RetentionSweep>().RunAsync(new RetentionRunOptions());
            Assert.False(await db.Set<VaultField>().AnyAsync(f => f.SubjectId == subject && f.Category == "contact.email"));
            Assert.Equal(1, await db.Set<RetentionErasure>().CountAsync(e => e.SubjectId == subject && e.Rule == "account_data"));
        }
    }
}

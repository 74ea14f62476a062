using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Steward.Core.Gate;
using Steward.Core.Notices;
using Steward.Core.Storage;
using Steward.Core.Vault;
using Steward.Tests.Infrastructure;

namespace Steward.Tests.NoticeChanges;

/// <summary>Notice changes on a fake clock (P10.1 to P10.3): the difference from the last version,
/// a material change no sooner than the lead time, announced by email and by a banner until it takes
/// effect, each person's shown and accepted versions, and the old version still public.</summary>
public sealed class NoticeChangeTests : IAsyncLifetime
{
    private static readonly ActorRef Officer = ActorRef.Staff("po-1", "privacy_officer");
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 6, 1, 9, 0, 0, TimeSpan.Zero));
    private SmtpTestServer _smtp = null!;
    private StewardServer _server = null!;

    public async Task InitializeAsync()
    {
        _smtp = SmtpTestServer.Start();
        _server = await StewardServer.StartAsync(settings: _smtp.Settings(), services: s => s.AddSingleton<TimeProvider>(_clock));
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        await _smtp.DisposeAsync();
    }

    private async Task<T> InScope<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = _server.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    [Fact]
    public async Task A_material_change_is_announced_at_least_the_lead_time_ahead_by_email_and_banner_and_the_old_version_stays_public()
    {
        // The version people accepted last month, before the catalogue changed.
        await InScope(async sp =>
        {
            var db = sp.GetRequiredService<StewardDb>();
            db.NoticeVersions.Add(new NoticeVersion
            {
                SiteId = "corporate", Version = "old-version-1", PublishedAt = _clock.GetUtcNow().AddDays(-40),
                Texts = [new NoticeText { Language = "en", Markdown = "# Privacy notice\n\nWe keep your data for ever.\n", Sha256 = "x" }],
            });
            await db.SaveChangesAsync();
            return true;
        });
        var person = await InScope(async sp =>
        {
            var id = await sp.GetRequiredService<VaultWriter>().CreateSubjectAsync("account_holder", [new VaultValue("contact.email", "reader@example.org")], Officer);
            var changes = sp.GetRequiredService<Core.Notices.NoticeChanges>();
            await changes.RecordShownAsync(id, "corporate", "old-version-1");
            await changes.RecordAcceptedAsync(id, "corporate", "old-version-1");
            return id;
        });
        var current = await InScope(sp => Task.FromResult(sp.GetRequiredService<NoticePublisher>().CurrentVersionOf("corporate")!));

        var diff = await InScope(sp => sp.GetRequiredService<Core.Notices.NoticeChanges>().DiffAsync("corporate", current, "en"));
        Assert.Contains(diff, l => l.Kind == NoticeDiffKind.Removed && l.Text == "We keep your data for ever.");
        Assert.Contains(diff, l => l.Kind == NoticeDiffKind.Added);

        var tooSoon = await Assert.ThrowsAsync<NoticeChangeException>(() =>
            InScope(sp => sp.GetRequiredService<Core.Notices.NoticeChanges>().MarkAsync(Officer, "corporate", current, material: true, _clock.GetUtcNow().AddDays(29))));
        Assert.Equal("effectiveAt", tooSoon.Field);
        var change = await InScope(sp => sp.GetRequiredService<Core.Notices.NoticeChanges>().MarkAsync(Officer, "corporate", current, material: true, _clock.GetUtcNow().AddDays(30)));
        Assert.Equal("old-version-1", change.PreviousVersion);

        var told = await InScope(sp => sp.GetRequiredService<Core.Notices.NoticeChanges>().AnnounceAsync(Officer, change.Id, p => "http://steward.test" + p));
        Assert.Equal(1, told);
        var mail = await _smtp.WaitForAsync("reader@example.org");
        Assert.Contains("2026-07-01", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains($"/notice/corporate/versions/{current}", mail.TextBody, StringComparison.Ordinal);

        var page = await _server.Client.GetStringAsync("notice/corporate");
        Assert.Contains("id=\"notice-change\"", page, StringComparison.Ordinal);
        Assert.Contains("This notice changes on 2026-07-01.", page, StringComparison.Ordinal);
        Assert.Contains("本声明将于 2026-07-01 起变更。", await _server.Client.GetStringAsync("notice/corporate?lang=zh-CN"), StringComparison.Ordinal);

        _clock.Advance(TimeSpan.FromDays(30));
        Assert.DoesNotContain("id=\"notice-change\"", await _server.Client.GetStringAsync("notice/corporate"), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, (await _server.Client.GetAsync("notice/corporate/versions/old-version-1")).StatusCode);
        var readings = await InScope(sp => sp.GetRequiredService<Core.Notices.NoticeChanges>().ReadingsAsync(person));
        var reading = Assert.Single(readings);
        Assert.Equal(("old-version-1", _clock.GetUtcNow().AddDays(-30)), (reading.Version, reading.AcceptedAt!.Value));
    }

    [Fact]
    public async Task A_change_that_is_not_material_takes_effect_at_once_and_is_not_announced()
    {
        var current = await InScope(sp => Task.FromResult(sp.GetRequiredService<NoticePublisher>().CurrentVersionOf("careers")!));

        var change = await InScope(sp => sp.GetRequiredService<Core.Notices.NoticeChanges>().MarkAsync(Officer, "careers", current, material: false, _clock.GetUtcNow().AddDays(-3)));

        Assert.Equal(_clock.GetUtcNow(), change.EffectiveAt);
        await Assert.ThrowsAsync<NoticeChangeException>(() => InScope(sp => sp.GetRequiredService<Core.Notices.NoticeChanges>().AnnounceAsync(Officer, change.Id, p => p)));
        Assert.DoesNotContain("id=\"notice-change\"", await _server.Client.GetStringAsync("notice/careers"), StringComparison.Ordinal);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using Steward.Core.Gate;
using Steward.Core.Requests;
using Steward.Requests;

namespace Steward.Tests.Requests;

/// <summary>The 30-day clock of P6.3 on a fake clock: deadlines per region, the extension, reminders
/// before the deadline and escalation after it, by the background service itself.</summary>
public sealed class ClockTests
{
    [Fact]
    public async Task No_case_passes_its_deadline_without_a_reminder_before_it_and_an_escalation_after_it()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
        await using var site = await RequestSite.StartAsync(clock: clock);
        var service = site.Server.Services.GetRequiredService<RequestClockService>();
        var subject = await site.AccountHolderAsync("clock@example.org");
        var opened = new List<string>();
        var extended = "";
        for (var day = 0; day < 100; day++)
        {
            if (day is 0 or 3 or 11 or 17)
            {
                using var scope = site.Server.Services.CreateScope();
                var cases = scope.ServiceProvider.GetRequiredService<RequestCases>();
                var rightsCase = await cases.OpenAsync(new NewCase(RequestKind.Contact, RequestChannel.Email, subject, day == 11 ? "eu" : "cn", "en"), ActorRef.Steward("test"));
                opened.Add(rightsCase.Reference);
                if (day == 11)
                {
                    await cases.ExtendAsync(rightsCase.Id, ExtensionReason.Complexity, ActorRef.Steward("test"));
                    extended = rightsCase.Reference;
                }
            }
            for (var hour = 0; hour < 24; hour += 6)
            {
                var rounds = service.Rounds;
                clock.Advance(TimeSpan.FromHours(6));
                await WaitAsync(() => service.Rounds > rounds);
                var now = clock.GetUtcNow();
                foreach (var c in await site.WithDbAsync(db => db.Set<RightsCase>().AsNoTracking().ToListAsync()))
                {
                    if (now < c.DueAt - RequestDeadlines.ReminderLead) Assert.Null(c.RemindedAt);
                    if (now >= c.DueAt)
                    {
                        Assert.True(c.RemindedAt is { } reminded && reminded < c.DueAt, $"{c.Reference} reached its deadline without a reminder");
                    }
                    if (now > c.DueAt + TimeSpan.FromHours(6))
                    {
                        Assert.True(c.EscalatedAt is { } escalated && escalated > c.DueAt, $"{c.Reference} is overdue without an escalation");
                    }
                }
            }
        }

        var all = await site.WithDbAsync(db => db.Set<RightsCase>().AsNoTracking().ToListAsync());
        Assert.Equal(4, all.Count);
        var eu = all.Single(c => c.Reference == extended);
        Assert.Equal(eu.ReceivedAt.AddDays(30 + 60), eu.DueAt); // the catalogue's 30 days and 60 more for the EU
        Assert.All(all.Where(c => c.Reference != extended), c => Assert.Equal(c.ReceivedAt.AddDays(30), c.DueAt));
        using (var scope = site.Server.Services.CreateScope())
        {
            var history = await scope.ServiceProvider.GetRequiredService<RequestCases>().HistoryAsync(all[0].Id);
            Assert.Single(history, e => e.Action == "reminded");
            Assert.Single(history, e => e.Action == "escalated");
        }
        var reminder = await site.Smtp.WaitForAsync("market_dept@hirain.com", m => (m.Subject ?? "").StartsWith("Reminder", StringComparison.Ordinal));
        Assert.DoesNotContain("clock@example.org", reminder.TextBody);
        await site.Smtp.WaitForAsync("market_dept@hirain.com", m => (m.Subject ?? "").StartsWith("Overdue", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_extension_is_refused_where_the_law_gives_none_once_given_and_after_the_first_period()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
        await using var site = await RequestSite.StartAsync(clock: clock);
        var subject = await site.AccountHolderAsync("extend@example.org");
        using var scope = site.Server.Services.CreateScope();
        var cases = scope.ServiceProvider.GetRequiredService<RequestCases>();
        var actor = ActorRef.Steward("test");
        var china = await cases.OpenAsync(new NewCase(RequestKind.Contact, RequestChannel.Email, subject, "cn", "zh-CN"), actor);
        Assert.Equal("extension_not_allowed", (await Assert.ThrowsAsync<CaseRuleException>(() => cases.ExtendAsync(china.Id, ExtensionReason.Complexity, actor))).Code);

        var late = await cases.OpenAsync(new NewCase(RequestKind.Contact, RequestChannel.Email, subject, "eu", "en"), actor);
        var early = await cases.OpenAsync(new NewCase(RequestKind.Contact, RequestChannel.Email, subject, "eu", "en"), actor);
        await cases.ExtendAsync(early.Id, ExtensionReason.NumberOfRequests, actor);
        Assert.Equal("already_extended", (await Assert.ThrowsAsync<CaseRuleException>(() => cases.ExtendAsync(early.Id, ExtensionReason.Complexity, actor))).Code);
        clock.Advance(TimeSpan.FromDays(31));
        Assert.Equal("too_late_to_extend", (await Assert.ThrowsAsync<CaseRuleException>(() => cases.ExtendAsync(late.Id, ExtensionReason.Complexity, actor))).Code);
    }

    private static async Task WaitAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("The clock's round did not run.");
            await Task.Delay(5);
        }
    }
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Steward.Core.Gate;
using Steward.Core.Requests;
using Steward.Core.Vault;
using Steward.Requests;
using Steward.Tests.Infrastructure;
using static Steward.Tests.Staff.ConsoleBrowser;

namespace Steward.Tests.Requests;

/// <summary>The same cases on a real PostgreSQL: an erasure carried out with its webhook, and the clock.</summary>
public sealed class PostgresRequestTests
{
    [Fact]
    public async Task On_postgres_an_erasure_is_carried_out_its_recipient_told_and_the_clock_reminds_and_escalates()
    {
        var postgres = await PostgresServer.Shared;
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var site = await RequestSite.StartAsync(new Dictionary<string, string?> { ["Steward:Requests:WebhookRetryDelay"] = "00:00:00.050" },
            clock: clock, postgres: await postgres.CreateDatabaseAsync());
        await using var receiver = await WebhookReceiver.StartAsync(failures: 1);
        await FulfilmentTests.SubscribeAsync(site, "email_delivery", receiver.Address);
        var leaving = await site.AccountHolderAsync("pg.leaving@example.org");
        var asking = await site.AccountHolderAsync("pg.asking@example.org");

        var erasure = await FulfilmentTests.RequestAsync(site, leaving, [Field("kind", "erasure"), Field("region", "eu")]);
        Assert.Equal(CaseState.Completed, (await site.ClosedAsync(erasure)).State);
        using (var scope = site.Server.Services.CreateScope())
            Assert.Empty(await scope.ServiceProvider.GetRequiredService<VaultReader>().FindByEmailAsync("pg.leaving@example.org"));

        string question;
        using (var scope = site.Server.Services.CreateScope())
            question = (await scope.ServiceProvider.GetRequiredService<RequestCases>().OpenAsync(
                new NewCase(RequestKind.Contact, RequestChannel.Email, asking, "eu", "en"), ActorRef.Steward("test"))).Reference;
        var service = site.Server.Services.GetRequiredService<RequestClockService>();
        for (var day = 0; day < 32; day++)
        {
            var rounds = service.Rounds;
            clock.Advance(TimeSpan.FromDays(1));
            var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
            while (service.Rounds <= rounds) { Assert.True(DateTime.UtcNow < deadline); await Task.Delay(5); }
        }
        var overdue = await site.CaseAsync(question);
        Assert.True(overdue.RemindedAt < overdue.DueAt);
        Assert.True(overdue.EscalatedAt > overdue.DueAt);

        // The webhook dispatcher waits on the fake clock between rounds: move it on until the retry goes out.
        var sent = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (!receiver.Accepted.Any())
        {
            Assert.True(DateTime.UtcNow < sent, $"no webhook accepted; calls: {receiver.Calls.Count}");
            clock.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(20);
        }
        Assert.Single(receiver.Accepted);
    }
}

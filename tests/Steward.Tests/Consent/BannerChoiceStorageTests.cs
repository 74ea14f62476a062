using Microsoft.Extensions.DependencyInjection;
using Steward.Core.Consent;
using Steward.Tests.Infrastructure;

namespace Steward.Tests.Consent;

/// <summary>Banner choices go through one batching writer; the records it stores must say what each
/// choice meant, on both databases, however many visitors choose at once.</summary>
public sealed class BannerChoiceStorageTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_no_after_a_yes_is_a_withdrawal_a_first_no_a_refusal_and_many_visitors_at_once_each_get_their_own_records(bool onPostgres)
    {
        var postgres = onPostgres ? await (await PostgresServer.Shared).CreateDatabaseAsync() : null;
        await using var server = await StewardServer.StartAsync(postgres: postgres);
        var changing = Guid.NewGuid();
        var refusing = Guid.NewGuid();
        var crowd = Enumerable.Range(0, 200).Select(_ => Guid.NewGuid()).ToList();

        await RecordAsync(server, changing, true);
        await RecordAsync(server, changing, false);
        await RecordAsync(server, refusing, false);
        // At once: the writer takes them into shared batches.
        await Task.WhenAll(crowd.Select((visitor, i) => RecordAsync(server, visitor, i % 2 == 0)));

        await using var scope = server.Services.CreateAsyncScope();
        var choices = scope.ServiceProvider.GetRequiredService<BannerChoices>();
        Assert.Equal([ConsentStatus.Given, ConsentStatus.Withdrawn], (await choices.HistoryAsync(changing)).Where(r => r.Purpose == "site.analytics").Select(r => r.Status));
        Assert.Equal([ConsentStatus.Refused], (await choices.HistoryAsync(refusing)).Where(r => r.Purpose == "site.analytics").Select(r => r.Status));
        for (var i = 0; i < crowd.Count; i++)
        {
            var history = await choices.HistoryAsync(crowd[i]);
            Assert.Equal([i % 2 == 0 ? ConsentStatus.Given : ConsentStatus.Refused], history.Where(r => r.Purpose == "site.analytics").Select(r => r.Status));
            Assert.All(history, r => Assert.True(r.Id > 0));
        }
    }

    private static async Task RecordAsync(StewardServer server, Guid visitor, bool analytics)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var records = await scope.ServiceProvider.GetRequiredService<BannerChoices>()
            .RecordAsync(new BannerChoice(visitor, "europe", "en", new Dictionary<string, bool> { ["analytics"] = analytics }, false));
        Assert.NotEmpty(records);
    }
}

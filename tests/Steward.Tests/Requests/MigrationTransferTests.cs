using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Steward.Core.Catalogue.Model;
using Steward.Core.Consent;
using Steward.Core.Gate;
using Steward.Core.Requests;
using Steward.Core.Sharing;
using Steward.Core.Webhooks;
using Steward.Tests.Infrastructure;
using static Steward.Tests.Staff.ConsoleBrowser;

namespace Steward.Tests.Requests;

/// <summary>A migration the person asks for in the Privacy Center is pushed into the group service they
/// chose (P2.7): through the sharing gate, which records a disclosure, then as a signed event carrying a
/// one-use link to the package and its SHA-256; when it cannot be pushed, the person is told and keeps the download.</summary>
public sealed class MigrationTransferTests
{
    private static readonly Dictionary<string, string?> FastWebhooks = new()
    {
        ["Steward:Requests:WebhookRetryDelay"] = "00:00:00.050", ["Steward:Requests:WebhookPollInterval"] = "01:00:00",
    };

    [Fact]
    public async Task A_migration_to_a_group_service_reaches_its_endpoint_once_signed_with_the_persons_data_and_shows_as_a_disclosure()
    {
        await using var site = await RequestSite.StartAsync(FastWebhooks);
        await PushedOnceAsync(site);
    }

    [Fact]
    public async Task On_postgres_a_migration_to_a_group_service_reaches_its_endpoint_once_and_shows_as_a_disclosure()
    {
        var postgres = await PostgresServer.Shared;
        await using var site = await RequestSite.StartAsync(FastWebhooks, postgres: await postgres.CreateDatabaseAsync());
        await PushedOnceAsync(site);
    }

    [Fact]
    public async Task A_transfer_that_cannot_be_made_is_told_to_the_person_and_the_package_stays_downloadable()
    {
        await using var site = await RequestSite.StartAsync(FastWebhooks);
        await using var europe = await WebhookReceiver.StartAsync(failures: 0);
        await FulfilmentTests.SubscribeAsync(site, "hirain_europe", europe.Address);

        // hirain_group registered no endpoint: nothing can be pushed to it.
        var noEndpoint = await site.AccountHolderAsync("no.endpoint@example.org");
        var first = await FulfilmentTests.RequestAsync(site, noEndpoint, [Field("kind", "migration"), Field("destination", "hirain_group"), Field("region", "cn")], "zh-CN");
        Assert.Equal(CaseState.Completed, (await site.ClosedAsync(first)).State);
        var told = await site.Smtp.WaitForAsync("no.endpoint@example.org", m => (m.Subject ?? "").Contains(first, StringComparison.Ordinal));
        Assert.Contains("我们未能将您的信息直接发送至经纬恒润在中国境内的关联公司", told.TextBody);
        Assert.Contains("您仍可通过下方链接下载您的信息包", told.TextBody);
        using (var service = new HttpClient())
        {
            var (package, _) = await RequestSite.OpenPackageAsync(await service.GetByteArrayAsync(RequestSite.PackageLinkIn(told)));
            Assert.Contains(package.RootElement.GetProperty("fields").EnumerateArray(), f => f.GetProperty("value").GetString() == "no.endpoint@example.org");
        }

        // hirain_europe has an endpoint, but the person restricted the use of their data for migration: the gate refuses.
        var restricted = await site.AccountHolderAsync("restricted@example.org");
        using (var scope = site.Server.Services.CreateScope())
            await scope.ServiceProvider.GetRequiredService<SubjectControls>().LimitAsync(ActorRef.Subject(restricted), restricted, MigrationTransfer.Purpose, ProcessingLimitKind.Restriction);
        var second = await FulfilmentTests.RequestAsync(site, restricted, [Field("kind", "migration"), Field("destination", "hirain_europe"), Field("region", "eu")]);
        Assert.Equal(CaseState.Completed, (await site.ClosedAsync(second)).State);
        var refused = await site.Smtp.WaitForAsync("restricted@example.org", m => (m.Subject ?? "").Contains(second, StringComparison.Ordinal));
        Assert.Contains("We could not send your information directly to Hirain group company in Europe", refused.TextBody);
        Assert.Contains("Your package is still available to download", refused.TextBody);
        Assert.Matches(@"/privacy/requests/package/", refused.TextBody);
        var page = await site.SignedIn(restricted).GetAsync($"/privacy/requests/{second}");
        Assert.Contains("We could not send your information directly to Hirain group company in Europe", WebUtility.HtmlDecode(page.Html));

        using var check = site.Server.Services.CreateScope();
        var history = check.ServiceProvider.GetRequiredService<RequestCases>();
        Assert.Contains((await history.HistoryAsync((await site.CaseAsync(first)).Id)), e => e.Action == MigrationTransfer.Refused);
        Assert.Contains((await history.HistoryAsync((await site.CaseAsync(second)).Id)), e => e.Action == MigrationTransfer.Refused);
        Assert.Empty(await site.WithDbAsync(db => db.Set<Disclosure>().AsNoTracking().ToListAsync()));
        Assert.Empty(await site.WithDbAsync(db => db.Set<WebhookDelivery>().AsNoTracking().ToListAsync()));
        await Task.Delay(300);
        Assert.Empty(europe.Calls);
    }

    private static async Task PushedOnceAsync(RequestSite site)
    {
        await using var europe = await WebhookReceiver.StartAsync(failures: 1);
        await using var china = await WebhookReceiver.StartAsync(failures: 0);
        var secret = await FulfilmentTests.SubscribeAsync(site, "hirain_europe", europe.Address);
        await FulfilmentTests.SubscribeAsync(site, "hirain_group", china.Address);
        var subject = await site.AccountHolderAsync("moving@example.org", name: "Han Meimei");

        var reference = await FulfilmentTests.RequestAsync(site, subject, [Field("kind", "migration"), Field("destination", "hirain_europe"), Field("region", "cn")]);
        Assert.Equal(CaseState.Completed, (await site.ClosedAsync(reference)).State);

        var accepted = await europe.WaitForAcceptedAsync();
        await Task.Delay(500); // time for any stray repeat to show up
        Assert.Single(europe.Accepted);
        Assert.All(europe.Calls, c => Assert.Equal(accepted.Id, c.Id)); // the failed call retried under one webhook-id
        Assert.Empty(china.Calls); // only the service the person chose
        Assert.True(WebhookSigner.Verify(secret, accepted.Id, long.Parse(accepted.Timestamp, CultureInfo.InvariantCulture), accepted.Body, accepted.Signature));
        Assert.DoesNotContain("moving@example.org", accepted.Body, StringComparison.Ordinal); // the event holds ids; the data is behind the link
        using var payload = JsonDocument.Parse(accepted.Body);
        Assert.Equal("subject.migrated", payload.RootElement.GetProperty("type").GetString());
        var data = payload.RootElement.GetProperty("data");
        Assert.Equal(subject, data.GetProperty("subject").GetGuid());
        Assert.Equal(reference, data.GetProperty("reference").GetString());

        // The receiving service fetches the package with the link, checks its SHA-256, and finds the person's data.
        using var service = new HttpClient();
        var url = data.GetProperty("package").GetProperty("url").GetString()!;
        var body = await service.GetByteArrayAsync(url);
        Assert.Equal(data.GetProperty("package").GetProperty("sha256").GetString(), Convert.ToHexStringLower(SHA256.HashData(body)));
        using var package = JsonDocument.Parse(body);
        var values = package.RootElement.GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("value").GetString()).ToList();
        Assert.Contains("moving@example.org", values);
        Assert.Contains("Han Meimei", values);
        Assert.Contains("+8613800138000", values);
        Assert.Equal(HttpStatusCode.Gone, (await service.GetAsync(url)).StatusCode); // one use

        var disclosure = await site.WithDbAsync(db => db.Set<Disclosure>().AsNoTracking().SingleAsync(d => d.SubjectId == subject));
        Assert.Equal("hirain_europe", disclosure.Recipient);
        Assert.Equal(MigrationTransfer.Ground, disclosure.Ground);
        Assert.Equal(MigrationTransfer.Purpose, disclosure.Purpose);
        Assert.Equal(FlowKind.Sharing, disclosure.Flow);
        Assert.Equal("china_standard_contract", disclosure.Mechanism); // collected under Chinese law, sent to Germany
        Assert.Equal(disclosure.Id, data.GetProperty("disclosure").GetInt64());

        var reply = await site.Smtp.WaitForAsync("moving@example.org", m => (m.Subject ?? "").Contains(reference, StringComparison.Ordinal));
        Assert.Contains("We sent your information directly to Hirain group company in Europe", reply.TextBody);

        using var person = site.SignedIn(subject);
        var download = await person.GetAsync($"/privacy/requests/{reference}/package");
        var (json, html) = await RequestSite.OpenPackageAsync(await download.Response.Content.ReadAsByteArrayAsync());
        var shown = Assert.Single(json.RootElement.GetProperty("disclosures").EnumerateArray());
        Assert.Equal("hirain_europe", shown.GetProperty("recipient").GetString());
        Assert.Equal(MigrationTransfer.Ground, shown.GetProperty("ground").GetString());
        Assert.Contains("<td>Hirain group company in Europe</td>", html);
        Assert.Contains("Moving your data at your request (GDPR art. 20(2); PIPL art. 45(3))", html);
    }
}

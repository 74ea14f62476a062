using Microsoft.Extensions.DependencyInjection;
using Steward.Core.Catalogue.Model;
using Steward.Core.Gate;
using Steward.Core.Requests;
using Steward.Core.Sharing;
using static Steward.Tests.Staff.ConsoleBrowser;

namespace Steward.Tests.Requests;

/// <summary>The access package says who received the person's information, what, when and on which
/// ground, in the JSON and on the readable page in the person's language.</summary>
public sealed class AccessPackageTests
{
    [Fact]
    public async Task A_disclosure_made_through_the_sharing_gate_shows_in_the_package_with_recipient_ground_and_categories_in_chinese()
    {
        await using var site = await RequestSite.StartAsync();
        var subject = await site.AccountHolderAsync("shared@example.cn");
        var other = await site.AccountHolderAsync("someone.else@example.cn");
        using (var scope = site.Server.Services.CreateScope())
        {
            var sharing = scope.ServiceProvider.GetRequiredService<SharingGate>();
            foreach (var who in new[] { subject, other })
            {
                var outcome = await sharing.DecideAsync(new OutboundFlow(ActorRef.Steward("crm"), who, ["contact.telephone"], "customer_service",
                    "hotline_provider", "sharing_with_service_providers", FlowKind.Sharing, "cn", DataForm.Identified));
                Assert.True(outcome.Decision.Allowed, outcome.Decision.Reason);
            }
        }

        var reference = await FulfilmentTests.RequestAsync(site, subject, [Field("kind", "access"), Field("region", "cn")], "zh-CN");
        Assert.Equal(CaseState.Completed, (await site.ClosedAsync(reference)).State);
        using var person = site.SignedIn(subject);
        var download = await person.GetAsync($"/privacy/requests/{reference}/package");
        var (json, html) = await RequestSite.OpenPackageAsync(await download.Response.Content.ReadAsByteArrayAsync());

        var disclosure = Assert.Single(json.RootElement.GetProperty("disclosures").EnumerateArray()); // theirs only, not the other person's
        Assert.Equal("hotline_provider", disclosure.GetProperty("recipient").GetString());
        Assert.Equal("sharing_with_service_providers", disclosure.GetProperty("ground").GetString());
        Assert.Equal("customer_service", disclosure.GetProperty("purpose").GetString());
        Assert.Equal(["contact.telephone"], disclosure.GetProperty("categories").EnumerateArray().Select(c => c.GetString()));
        Assert.True(disclosure.GetProperty("at").GetDateTimeOffset() > DateTimeOffset.UnixEpoch);
        Assert.Contains("<h2>您的信息提供给了谁</h2>", html);
        Assert.Contains("<td>客服热线运营商</td><td>电话号码</td><td>客户服务</td><td>为我们提供服务的服务商", html);
    }
}

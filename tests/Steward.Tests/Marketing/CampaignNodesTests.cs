using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using Steward.Core.Consent;
using Steward.Core.Gate;
using Steward.Core.Marketing;
using Steward.Core.Storage;
using Steward.Core.Vault;
using Steward.Tests.Infrastructure;

namespace Steward.Tests.Marketing;

/// <summary>Two Steward nodes on one PostgreSQL database, both woken to send the same campaign.</summary>
public sealed class CampaignNodesTests
{
    [Fact]
    public async Task Two_nodes_sending_the_same_campaign_send_each_recipient_exactly_once()
    {
        await using var smtp = SmtpTestServer.Start();
        var database = await (await PostgresServer.Shared).CreateDatabaseAsync();
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var settings = smtp.Settings();
        settings["Steward:Keys:Current"] = "1";
        settings["Steward:Keys:Kek:1"] = key;
        settings["Steward:Keys:Index"] = key;
        // The worst case for the lease: one tick long, so it runs out between recipients and both nodes
        // really send at once. The claim on each recipient's row still lets only one of them send it.
        settings["Steward:Marketing:Lease"] = "00:00:00.001";
        settings["Steward:Marketing:Poll"] = "00:00:00.05";
        await using var first = await StewardServer.StartAsync(postgres: database, settings: settings);
        var addresses = Enumerable.Range(1, 40).Select(i => $"reader{i}@example.com").ToList();
        long campaign;
        await using (var scope = first.Services.CreateAsyncScope())
        {
            foreach (var address in addresses)
            {
                var subject = await scope.ServiceProvider.GetRequiredService<VaultWriter>().CreateSubjectAsync("marketing_contact", [new VaultValue("contact.email", address)], ActorRef.Steward("newsletter"));
                await scope.ServiceProvider.GetRequiredService<SubjectControls>().GiveConsentAsync(ActorRef.Subject(subject), subject, "marketing.interest_news", ConsentChannel.Form);
            }
            var db = scope.ServiceProvider.GetRequiredService<StewardDb>();
            var row = new Campaign { Topic = "marketing.interest_news", Language = "en", Subject = "News", Body = "What is new.", CreatedBy = "m-1", CreatedAt = DateTimeOffset.UtcNow };
            db.Set<Campaign>().Add(row);
            await db.SaveChangesAsync();
            campaign = row.Id;
        }

        // Started after the people were added: each node's gate loads what the database holds when it starts.
        await using var second = await StewardServer.StartAsync(postgres: database, settings: settings);
        await MarketingEmailTests.QueueAsync(first, campaign);
        second.Services.GetRequiredService<CampaignSignal>().Wake();
        var progress = await MarketingEmailTests.FinishedAsync(second, campaign);

        Assert.Equal((40, 40, 0, 0), (progress.Recipients, progress.Sent, progress.Pending, progress.Uncertain));
        var received = smtp.Messages.Select(m => m.To.Mailboxes.Single().Address).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(addresses.Order(StringComparer.Ordinal), received);
    }
}

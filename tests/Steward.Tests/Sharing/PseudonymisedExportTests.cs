using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Steward.Core.Catalogue.Model;
using Steward.Core.Consent;
using Steward.Core.Gate;
using Steward.Core.Sharing;
using Steward.Core.Vault;
using Steward.Tests.Infrastructure;
using Steward.Tests.Vault;

namespace Steward.Tests.Sharing;

/// <summary>An export the receiver cannot re-identify (P4.5): keyed pseudonyms, no direct
/// identifiers, and each row recorded as a pseudonymised disclosure.</summary>
public sealed class PseudonymisedExportTests : IAsyncLifetime, IDisposable
{
    private readonly TempFolder _folder = new();
    private GovernanceServices _s = null!;

    public async Task InitializeAsync() => _s = await GovernanceServices.StartAsync(VaultDatabases.Sqlite(_folder));

    public async Task DisposeAsync() => await _s.DisposeAsync();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task An_export_carries_keyed_pseudonyms_and_the_requested_data_and_is_recorded_as_pseudonymised()
    {
        var a = await _s.CreateSubjectAsync("visitor", new VaultValue("technical.device", "Firefox 140 on Linux"), new VaultValue("contact.email", "ana@example.com"));
        var b = await _s.CreateSubjectAsync("visitor", new VaultValue("technical.device", "Safari 19 on iOS"));
        var refused = await _s.CreateSubjectAsync("visitor", new VaultValue("technical.device", "Edge"));
        await _s.InScopeAsync(async sp =>
        {
            var controls = sp.GetRequiredService<SubjectControls>();
            await controls.GiveConsentAsync(GovernanceServices.Actor, a, "site.analytics", ConsentChannel.Banner);
            await controls.GiveConsentAsync(GovernanceServices.Actor, b, "site.analytics", ConsentChannel.Banner);
            return true;
        });

        var export = await Export([a, b, refused], ["technical.device"]);

        Assert.Equal(2, export.Rows.Count);
        Assert.Equal(refused, Assert.Single(export.Denied).Subject);
        var text = System.Text.Json.JsonSerializer.Serialize(export.Rows);
        Assert.Contains("Firefox 140 on Linux", text, StringComparison.Ordinal);
        Assert.DoesNotContain("ana@example.com", text, StringComparison.Ordinal);
        foreach (var id in new[] { a, b }) Assert.DoesNotContain(id.ToString(), text, StringComparison.OrdinalIgnoreCase);
        foreach (var id in new[] { a, b }) Assert.DoesNotContain(id.ToString("n"), text, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(2, export.Rows.Select(r => r.Pseudonym).Distinct().Count());

        // The same subject gets the same pseudonym again for this recipient, so exports line up.
        var again = await Export([a], ["technical.device"]);
        Assert.Equal(export.Rows[0].Pseudonym, again.Rows[0].Pseudonym);

        await using var db = _s.OpenDb();
        var records = await db.Set<Disclosure>().Where(d => d.Recipient == "web_analytics").ToListAsync();
        Assert.Equal(3, records.Count);
        Assert.All(records, r => Assert.Equal((DataForm.Pseudonymised, "pseudonymised_data"), (r.Form, r.Ground)));
    }

    [Fact]
    public async Task A_direct_identifier_is_refused_before_anything_leaves()
    {
        var a = await _s.CreateSubjectAsync("visitor", new VaultValue("contact.email", "bo@example.com"));

        await Assert.ThrowsAsync<ArgumentException>(() => Export([a], ["technical.device", "contact.email"]));

        await using var db = _s.OpenDb();
        Assert.Empty(await db.Set<Disclosure>().ToListAsync());
    }

    private Task<PseudonymisedRows> Export(Guid[] subjects, string[] categories) =>
        _s.InScopeAsync(sp => sp.GetRequiredService<PseudonymisedExport>().ExportAsync(
            GovernanceServices.Actor, subjects, categories, "site.analytics", "web_analytics", "pseudonymised_data", FlowKind.Sharing, "cn"));
}

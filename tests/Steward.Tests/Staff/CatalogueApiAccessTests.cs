using System.Net.Http.Json;
using System.Text.Json;
using Steward.Tests.Infrastructure;

namespace Steward.Tests.Staff;

/// <summary>The catalogue API on the default policy: the public see what the notice says, staff also
/// see roles and agreement references.</summary>
public sealed class CatalogueApiAccessTests
{
    [Fact]
    public async Task The_public_catalogue_leaves_out_staff_roles_and_agreement_references()
    {
        await using var server = await StewardServer.StartAsync();

        var catalogue = await server.Client.GetFromJsonAsync<JsonElement>("api/catalogue");

        Assert.False(catalogue.TryGetProperty("roles", out _));
        var agreements = Agreements(catalogue);
        Assert.NotEmpty(agreements);
        Assert.All(agreements, a => Assert.False(a.TryGetProperty("reference", out _)));
        Assert.All(agreements, a => Assert.True(a.TryGetProperty("signedOn", out _)));
        Assert.NotEmpty(catalogue.GetProperty("purposes").EnumerateArray());
    }

    [Fact]
    public async Task A_signed_in_member_of_staff_sees_roles_and_agreement_references()
    {
        await using var site = await StaffSite.StartAsync();
        var administrator = await site.SetUpAdministratorAsync();

        var page = await administrator.Browser.GetAsync("/api/catalogue");
        var catalogue = JsonDocument.Parse(page.Html).RootElement;

        Assert.Contains(catalogue.GetProperty("roles").EnumerateArray(), r => r.GetProperty("id").GetString() == "privacy_officer");
        Assert.Contains(Agreements(catalogue), a => a.TryGetProperty("reference", out var reference) && reference.GetString() is { Length: > 0 });
    }

    private static List<JsonElement> Agreements(JsonElement catalogue) =>
        [.. catalogue.GetProperty("recipients").EnumerateArray().SelectMany(r => r.GetProperty("agreements").EnumerateArray())];
}

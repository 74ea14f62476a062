using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Steward.Core.Gate;
using Steward.Core.Staff;
using Steward.Tests.Infrastructure;

namespace Steward.Tests.Sharing;

/// <summary>POST and GET /api/disclosures as another system calls them, with an API key.</summary>
public sealed class DisclosureApiTests : IAsyncLifetime
{
    private StewardServer _server = null!;
    private HttpClient Http => _server.Client;
    private Guid _subject;

    public async Task InitializeAsync()
    {
        _server = await StewardServer.StartAsync();
        _subject = Guid.NewGuid();
        _server.Services.GetRequiredService<SubjectStateStore>().Track(_subject, "account_holder");
        await using var scope = _server.Services.CreateAsyncScope();
        var key = await scope.ServiceProvider.GetRequiredService<ApiKeys>().CreateAsync("crm", ["customer_service", "legal"], "test");
        Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key.Secret);
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task An_allowed_flow_answers_200_and_shows_in_the_subjects_disclosures()
    {
        var response = await Http.PostAsJsonAsync("api/disclosures", Question("authorities", "criminal_justice", "legal", "disclosure", "cn"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(answer.GetProperty("allowed").GetBoolean());
        Assert.Contains("PIPL art. 13(3)", answer.GetProperty("legalReference").GetString(), StringComparison.Ordinal);

        var list = await Http.GetFromJsonAsync<JsonElement>($"api/disclosures?subject={_subject}");
        var entry = Assert.Single(list.EnumerateArray());
        Assert.Equal("authorities", entry.GetProperty("recipient").GetString());
        Assert.Equal("criminal_justice", entry.GetProperty("ground").GetString());
        Assert.Equal(answer.GetProperty("disclosure").GetInt64(), entry.GetProperty("id").GetInt64());
    }

    [Fact]
    public async Task A_transfer_without_a_mechanism_is_403_naming_what_is_missing_and_records_nothing()
    {
        var response = await Http.PostAsJsonAsync("api/disclosures", Question("hotline_provider", "sharing_with_service_providers", "customer_service", "sharing", "eu"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("transfer_mechanism_missing", problem.GetProperty("code").GetString());
        Assert.Contains("standard_contractual_clauses", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Empty((await Http.GetFromJsonAsync<JsonElement>($"api/disclosures?subject={_subject}")).EnumerateArray());
    }

    [Fact]
    public async Task Bad_questions_and_missing_keys_are_problem_details()
    {
        Assert.Equal(HttpStatusCode.BadRequest, (await Http.PostAsJsonAsync("api/disclosures", Question("nobody", "criminal_justice", "legal", "disclosure", "cn"))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Http.PostAsJsonAsync("api/disclosures", new { subject = _subject })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Http.GetAsync("api/disclosures")).StatusCode);

        using var anonymous = new HttpClient { BaseAddress = Http.BaseAddress };
        var unauthorised = await anonymous.PostAsJsonAsync("api/disclosures", Question("authorities", "criminal_justice", "legal", "disclosure", "cn"));
        Assert.Equal(HttpStatusCode.Unauthorized, unauthorised.StatusCode);
        Assert.Equal("application/problem+json", unauthorised.Content.Headers.ContentType?.MediaType);
    }

    private object Question(string recipient, string ground, string purpose, string flow, string origin) => new
    {
        subject = _subject, categories = new[] { "contact.email" }, purpose, recipient, ground, flow, origin,
    };
}

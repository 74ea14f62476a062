using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Steward.Core.Consent;
using Steward.Core.Gate;
using Steward.Core.Staff;
using Steward.Tests.Infrastructure;

namespace Steward.Tests.Decisions;

/// <summary>POST /api/decisions as another system calls it: an API key, a question, an answer with
/// its reason, and every error as problem details.</summary>
public sealed class DecisionApiTests : IAsyncLifetime
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
        var key = await scope.ServiceProvider.GetRequiredService<ApiKeys>().CreateAsync("crm", ["customer_service", "marketing"], "test");
        Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key.Secret);
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task An_allowed_use_answers_200_with_its_legal_basis()
    {
        var response = await Http.PostAsJsonAsync("api/decisions", Question("customer_service", "contact.email"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(answer.GetProperty("allowed").GetBoolean());
        Assert.Equal("contract", answer.GetProperty("legalBasis").GetString());
        Assert.True(answer.GetProperty("auditIndex").GetInt64() >= 0);
    }

    [Fact]
    public async Task A_denial_is_403_with_the_reason_and_withdrawing_consent_flips_the_answer()
    {
        var question = Question("marketing.contact", "contact.email");
        var denied = await Http.PostAsJsonAsync("api/decisions", question);
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        var problem = await denied.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("no_live_consent", problem.GetProperty("code").GetString());
        Assert.Equal("no live consent for this purpose", problem.GetProperty("detail").GetString());

        await using (var scope = _server.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<SubjectControls>().GiveConsentAsync(ActorRef.Subject(_subject), _subject, "marketing.contact", ConsentChannel.Form);
        Assert.Equal(HttpStatusCode.OK, (await Http.PostAsJsonAsync("api/decisions", question)).StatusCode);

        await using (var scope = _server.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<SubjectControls>().WithdrawConsentAsync(ActorRef.Subject(_subject), _subject, "marketing.contact", ConsentChannel.Form);
        Assert.Equal(HttpStatusCode.Forbidden, (await Http.PostAsJsonAsync("api/decisions", question)).StatusCode);
    }

    [Fact]
    public async Task A_purpose_the_key_does_not_cover_is_denied()
    {
        var response = await Http.PostAsJsonAsync("api/decisions", Question("account", "contact.email"));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("role_not_permitted", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("no.such.purpose", "contact.email", 400, "unknown purpose 'no.such.purpose'")]
    [InlineData("customer_service", "contact.fax", 400, "unknown category 'contact.fax'")]
    public async Task Unknown_names_are_400_problems_naming_them(string purpose, string category, int status, string detail)
    {
        var response = await Http.PostAsJsonAsync("api/decisions", Question(purpose, category));
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(detail, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task An_unknown_subject_is_a_404_problem()
    {
        var response = await Http.PostAsJsonAsync("api/decisions", new { subject = Guid.NewGuid(), categories = new[] { "contact.email" }, purpose = "customer_service" });
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task An_incomplete_question_is_a_400_problem()
    {
        var response = await Http.PostAsJsonAsync("api/decisions", new { subject = _subject, purpose = "customer_service" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("categories", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("stw_0000000000000000_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task Without_a_valid_key_the_answer_is_401(string? key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/decisions") { Content = JsonContent.Create(Question("customer_service", "contact.email")) };
        request.Headers.Authorization = key is null ? null : new AuthenticationHeaderValue("Bearer", key);
        using var anonymous = new HttpClient { BaseAddress = _server.Address };
        var response = await anonymous.SendAsync(request);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_batch_answers_each_question_with_its_own_status()
    {
        var batch = new { decisions = new object[] { Question("customer_service", "contact.email"), Question("marketing.contact", "contact.email"), Question("nope", "contact.email") } };
        var response = await Http.PostAsJsonAsync("api/decisions/batch", batch);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var results = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("results");
        Assert.Equal([200, 403, 400], results.EnumerateArray().Select(r => r.GetProperty("status").GetInt32()));
    }

    [Fact]
    public async Task An_empty_batch_is_refused()
    {
        var response = await Http.PostAsJsonAsync("api/decisions/batch", new { decisions = Array.Empty<object>() });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private object Question(string purpose, params string[] categories) => new { subject = _subject, categories, purpose };
}

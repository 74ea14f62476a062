using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Steward.Core.Catalogue;
using Steward.Core.Consent;
using Steward.Core.Gate;
using Steward.Core.Notices;
using Steward.Core.Vault;
using Steward.Pages.Privacy;
using Steward.People;
using Steward.Tests.Infrastructure;
using Steward.Tests.Staff;
using static Steward.Tests.Staff.ConsoleBrowser;

namespace Steward.Tests.Consent;

/// <summary>The Privacy Center's consents: one-click withdrawal that stops the purpose through the gate
/// at once and leaves other bases alone, the history kept, and receipts as JSON and as a page (P6.5).</summary>
public sealed class PrivacyCenterConsentTests
{
    private static readonly ActorRef Registration = ActorRef.Steward("registration");

    private static async Task<Guid> SubjectWithNewsletterConsentAsync(StewardServer server)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var subject = await services.GetRequiredService<VaultWriter>().CreateSubjectAsync("account_holder", [new VaultValue("contact.email", "wang.fang@example.com")], Registration);
        var evidence = NoticeEvidence.For(services.GetRequiredService<LoadedCatalogue>(), "corporate", "zh-CN", "newsletter");
        await services.GetRequiredService<SubjectControls>().RecordConsentAsync(ActorRef.Subject(subject), subject, "marketing.contact", ConsentStatus.Given, ConsentChannel.Form, evidence);
        return subject;
    }

    private static ConsoleBrowser SignedIn(StewardServer server, Guid subject)
    {
        var browser = new ConsoleBrowser(server);
        browser.Cookies.Add(server.Address, new Cookie(PersonSession.Scheme, PersonCookie.Value(server, subject)));
        return browser;
    }

    private static async Task<bool> AllowedAsync(StewardServer server, ActorRef actor, Guid subject, string purpose, string category = "contact.email")
    {
        await using var scope = server.Services.CreateAsyncScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<GateService>().DecideAsync(new DecisionRequest(actor, subject, [category], purpose));
        return outcome.Decision.Allowed;
    }

    [Fact]
    public async Task Another_of_our_services_uses_the_data_only_while_the_person_allows_it_in_the_preference_center()
    {
        await using var server = await StewardServer.StartAsync();
        Guid subject;
        await using (var scope = server.Services.CreateAsyncScope())
        {
            subject = await scope.ServiceProvider.GetRequiredService<VaultWriter>().CreateSubjectAsync("account_holder",
                [new VaultValue("contact.email", "wang.fang@example.com"), new VaultValue("account.company", "Example Motors")], Registration);
        }
        // Another service of the group asks the gate with its API key, bound to the cross-service purpose.
        var otherService = ActorRef.ApiClient("k-other-service", ["account.cross_service"]);
        using var browser = SignedIn(server, subject);
        Assert.False(await AllowedAsync(server, otherService, subject, "account.cross_service", "account.company"));

        var page = await browser.GetAsync("/privacy/preferences");
        await browser.PostAsync("/privacy/preferences", [Field("consent", "account.cross_service"), Field("__RequestVerificationToken", page.AntiforgeryToken())]);
        Assert.True(await AllowedAsync(server, otherService, subject, "account.cross_service", "account.company"));

        page = await browser.GetAsync("/privacy/preferences");
        await browser.PostAsync("/privacy/preferences", [Field("__RequestVerificationToken", page.AntiforgeryToken())]);
        Assert.False(await AllowedAsync(server, otherService, subject, "account.cross_service", "account.company"));
    }

    [Fact]
    public async Task Withdrawing_in_the_privacy_center_stops_the_purpose_at_once_leaves_other_bases_alone_and_keeps_the_history()
    {
        await using var server = await StewardServer.StartAsync();
        var subject = await SubjectWithNewsletterConsentAsync(server);
        var campaign = ActorRef.Staff("m-1", "marketing");
        var support = ActorRef.Staff("s-1", "support");
        Assert.True(await AllowedAsync(server, campaign, subject, "marketing.contact"));
        using var browser = SignedIn(server, subject);

        var page = await browser.GetAsync("/privacy/consents?lang=en");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("data-purpose=\"marketing.contact\" data-status=\"Given\"", page.Html, StringComparison.Ordinal);
        var done = await browser.PostAsync("/privacy/consents?lang=en", [Field("purpose", "marketing.contact"), Field("__RequestVerificationToken", page.AntiforgeryToken())], handler: "Withdraw");

        Assert.Equal(HttpStatusCode.OK, done.Status);
        Assert.Contains("Your consent is withdrawn", done.Element("withdrawn"), StringComparison.Ordinal);
        Assert.False(await AllowedAsync(server, campaign, subject, "marketing.contact"));
        Assert.True(await AllowedAsync(server, support, subject, "customer_service"));
        await using var scope = server.Services.CreateAsyncScope();
        var history = await scope.ServiceProvider.GetRequiredService<ConsentReceipts>().HistoryAsync(subject);
        Assert.Equal([ConsentStatus.Given, ConsentStatus.Withdrawn], history.Select(r => r.Status));
        Assert.Equal("privacy_center", history[1].CollectionPoint);
        Assert.DoesNotContain("<button", done.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_withdrawal_without_the_form_token_or_for_a_purpose_not_given_changes_nothing()
    {
        await using var server = await StewardServer.StartAsync();
        var subject = await SubjectWithNewsletterConsentAsync(server);
        using var browser = SignedIn(server, subject);
        var page = await browser.GetAsync("/privacy/consents");

        var forged = await browser.PostAsync("/privacy/consents", [Field("purpose", "marketing.contact")], handler: "Withdraw");
        var notGiven = await browser.PostAsync("/privacy/consents", [Field("purpose", "surveys"), Field("__RequestVerificationToken", page.AntiforgeryToken())], handler: "Withdraw");

        Assert.Equal(HttpStatusCode.BadRequest, forged.Status);
        Assert.Equal(HttpStatusCode.BadRequest, notGiven.Status);
        Assert.True(await AllowedAsync(server, ActorRef.Staff("m-1", "marketing"), subject, "marketing.contact"));
    }

    [Fact]
    public async Task The_receipt_names_the_notice_text_shown_by_its_hash_as_json_and_as_a_page_in_both_languages()
    {
        await using var server = await StewardServer.StartAsync();
        var subject = await SubjectWithNewsletterConsentAsync(server);
        using var browser = SignedIn(server, subject);
        long recordId;
        string storedHash;
        await using (var scope = server.Services.CreateAsyncScope())
        {
            recordId = (await scope.ServiceProvider.GetRequiredService<ConsentReceipts>().HistoryAsync(subject)).Single().Id;
            var notice = await scope.ServiceProvider.GetRequiredService<NoticePublisher>().CurrentAsync("corporate");
            storedHash = notice!.Texts.Single(t => t.Language == "zh-CN").Sha256;
        }

        var json = await browser.GetAsync($"/privacy/consents/receipts/{recordId}.json");
        Assert.Equal(HttpStatusCode.OK, json.Status);
        using var receipt = JsonDocument.Parse(json.Html);
        var root = receipt.RootElement;
        Assert.Equal(ConsentReceipts.ReceiptVersion, root.GetProperty("version").GetString());
        Assert.Equal(storedHash, root.GetProperty("noticeSha256").GetString());
        Assert.Equal("zh-CN", root.GetProperty("language").GetString());
        Assert.Equal(subject.ToString(), root.GetProperty("piiPrincipalId").GetString());
        Assert.Equal(("newsletter", "corporate", "cn"), (root.GetProperty("collectionPoint").GetString(), root.GetProperty("site").GetString(), root.GetProperty("jurisdiction").GetString()));
        Assert.Equal(("marketing.contact", "Consent", true), (root.GetProperty("purpose").GetProperty("id").GetString(), root.GetProperty("purpose").GetProperty("legalBasis").GetString(), root.GetProperty("purpose").GetProperty("liveNow").GetBoolean()));

        var en = await browser.GetAsync($"/privacy/consents/receipts/{recordId}?lang=en");
        var zh = await browser.GetAsync($"/privacy/consents/receipts/{recordId}?lang=zh-CN");
        Assert.Contains("Consent receipt", en.Html, StringComparison.Ordinal);
        Assert.Contains("同意回执", zh.Html, StringComparison.Ordinal);
        Assert.Contains(storedHash, zh.Html, StringComparison.Ordinal);

        using var stranger = SignedIn(server, Guid.NewGuid());
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/privacy/consents/receipts/{recordId}.json")).Status);
        using var anonymous = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = server.Address };
        var refused = await anonymous.GetAsync("privacy/consents");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith(PersonSession.SignInPath, refused.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_preference_center_switches_topics_and_use_across_services_recording_only_changes()
    {
        await using var server = await StewardServer.StartAsync();
        Guid subject;
        await using (var scope = server.Services.CreateAsyncScope())
        {
            subject = await scope.ServiceProvider.GetRequiredService<VaultWriter>().CreateSubjectAsync("account_holder", [new VaultValue("contact.email", "li.na@example.com")], Registration);
            await scope.ServiceProvider.GetRequiredService<SubjectControls>().GiveConsentAsync(ActorRef.Subject(subject), subject, "marketing.interest_news", ConsentChannel.Form);
        }
        using var browser = SignedIn(server, subject);

        var page = await browser.GetAsync("/privacy/preferences?lang=zh-CN");
        Assert.Contains("您的偏好设置", page.Html, StringComparison.Ordinal);
        Assert.Matches("value=\"marketing.interest_news\" checked", page.Html);
        Assert.Contains("value=\"account.cross_service\"", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"site.analytics\"", page.Html, StringComparison.Ordinal);
        var saved = await browser.PostAsync("/privacy/preferences?lang=zh-CN", [Field("consent", "account.cross_service"), Field("consent", "marketing.email_tracking"), Field("__RequestVerificationToken", page.AntiforgeryToken())]);

        Assert.Contains("已保存", saved.Element("saved"), StringComparison.Ordinal);
        await using (var scope = server.Services.CreateAsyncScope())
        {
            var history = await scope.ServiceProvider.GetRequiredService<ConsentReceipts>().HistoryAsync(subject);
            Assert.Equal(
                [("marketing.interest_news", ConsentStatus.Given), ("account.cross_service", ConsentStatus.Given), ("marketing.email_tracking", ConsentStatus.Given), ("marketing.interest_news", ConsentStatus.Withdrawn)],
                history.Select(r => (r.Purpose, r.Status)).Take(1).Concat(history.Skip(1).Select(r => (r.Purpose, r.Status)).OrderBy(x => x.Status).ThenBy(x => x.Purpose, StringComparer.Ordinal)));
        }
        Assert.True(await AllowedAsync(server, ActorRef.Staff("s-1", "support"), subject, "customer_service"));
        var forged = await browser.PostAsync("/privacy/preferences", [Field("consent", "legal.claims"), Field("__RequestVerificationToken", page.AntiforgeryToken())]);
        Assert.Equal(HttpStatusCode.BadRequest, forged.Status);
    }

    [Fact]
    public async Task A_signed_in_person_sees_and_changes_cookie_choices_per_category_in_the_preference_center()
    {
        await using var server = await StewardServer.StartAsync();
        Guid subject;
        await using (var scope = server.Services.CreateAsyncScope())
            subject = await scope.ServiceProvider.GetRequiredService<VaultWriter>().CreateSubjectAsync("account_holder", [new VaultValue("contact.email", "chen.jie@example.com")], Registration);
        var analytics = CookieConsentRevision.PurposesOf(server.Services.GetRequiredService<LoadedCatalogue>(), "analytics");
        using var browser = SignedIn(server, subject);

        var page = await browser.GetAsync("/privacy/preferences?lang=zh-CN");
        Assert.Contains("<label for=\"cookies-analytics\">统计分析</label>", page.Html, StringComparison.Ordinal);
        Assert.DoesNotMatch("value=\"analytics\" checked", page.Html);
        Assert.DoesNotContain("value=\"necessary\"", page.Html, StringComparison.Ordinal);
        var saved = await browser.PostAsync("/privacy/preferences?lang=zh-CN", [Field("cookies", "analytics"), Field("__RequestVerificationToken", page.AntiforgeryToken())]);

        Assert.Contains("已保存", saved.Element("saved"), StringComparison.Ordinal);
        Assert.Matches("value=\"analytics\" checked", saved.Html);
        Assert.DoesNotMatch("value=\"marketing\" checked", saved.Html);
        var english = await browser.GetAsync("/privacy/preferences?lang=en");
        Assert.Contains("<label for=\"cookies-analytics\">Analytics</label>", english.Html, StringComparison.Ordinal);
        await browser.PostAsync("/privacy/preferences?lang=en", [Field("__RequestVerificationToken", english.AntiforgeryToken())]);
        await using (var scope = server.Services.CreateAsyncScope())
        {
            var history = await scope.ServiceProvider.GetRequiredService<ConsentReceipts>().HistoryAsync(subject);
            Assert.Equal(analytics.Select(p => (p, ConsentStatus.Given)).Concat(analytics.Select(p => (p, ConsentStatus.Withdrawn))),
                history.Select(r => (r.Purpose, r.Status)));
            Assert.All(history, r => Assert.Equal((ConsentChannel.Form, PreferencesModel.CollectionPoint), (r.Channel, r.CollectionPoint)));
            Assert.Equal(["zh-CN", "en"], history.Select(r => r.Language).Distinct());
        }
        var forged = await browser.PostAsync("/privacy/preferences", [Field("cookies", "necessary"), Field("__RequestVerificationToken", english.AntiforgeryToken())]);
        Assert.Equal(HttpStatusCode.BadRequest, forged.Status);
    }

    [Theory]
    [InlineData("en-GB", "Your consents")]
    [InlineData("zh-CN", "您的同意")]
    public async Task The_consents_page_passes_axe_in_both_languages(string locale, string heading)
    {
        await using var server = await StewardServer.StartAsync();
        var subject = await SubjectWithNewsletterConsentAsync(server);
        await using var context = await Infrastructure.Browser.NewContextAsync(server.Address, locale);
        await context.AddCookiesAsync([new Microsoft.Playwright.Cookie { Name = PersonSession.Scheme, Value = PersonCookie.Value(server, subject), Url = server.Address.ToString() }]);
        var page = await context.NewPageAsync();

        await page.GotoAsync("/privacy/consents");

        Assert.Equal(heading, await page.GetByRole(Microsoft.Playwright.AriaRole.Heading, new() { Level = 1 }).InnerTextAsync());
        Assert.Empty(await Infrastructure.Browser.SeriousAccessibilityProblemsAsync(page));
        await page.GetByRole(Microsoft.Playwright.AriaRole.Button).First.ClickAsync();
        Assert.True(await page.Locator("#withdrawn").IsVisibleAsync());
    }
}

using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Steward.Core.Gate;
using Steward.Core.Requests;
using Steward.Core.Staff;
using Steward.Core.Vault;
using Steward.Core.Webhooks;
using Steward.People;
using Steward.Requests;
using Steward.Tests.Infrastructure;
using Chromium = Steward.Tests.Infrastructure.Browser;

namespace Steward.Tests.Requests;

/// <summary>A person in a real Chromium asks for each kind of request besides access (which
/// <see cref="RequestBrowserTests"/> walks) and the outcome is checked where it lands: the corrected
/// value on their page with the earlier one kept, the gate's answer after a restriction, an objection
/// and a withdrawal, the data gone from the vault and the recipient's signed webhook after an erasure,
/// the package for another service, the account closed; the reply email; no serious accessibility
/// problem on any page; and each kind's page read in the other language too.</summary>
public sealed class RequestKindsBrowserTests
{
    private static readonly Dictionary<string, string?> FastWebhooks = new() { ["Steward:Requests:WebhookRetryDelay"] = "00:00:00.050" };

    [Fact]
    public async Task A_person_corrects_their_telephone_in_the_privacy_center_and_sees_the_new_value_with_the_earlier_one_kept()
    {
        await using var site = await RequestSite.StartAsync();
        var subject = await site.AccountHolderAsync("correct.me@example.org", telephone: "+8613800138000");
        await using var context = await SignedInAsync(site, subject, "en-GB");
        var page = await context.NewPageAsync();
        var text = RequestText.En;

        await page.GotoAsync("/privacy/requests");
        Assert.Empty(await Chromium.SeriousAccessibilityProblemsAsync(page));
        Assert.Contains("+8613800138000", await page.Locator("#field").InnerTextAsync());
        await page.GetByLabel(text.Kind).SelectOptionAsync("correction");
        await page.GetByLabel(text.Field).SelectOptionAsync("contact.telephone");
        await page.GetByLabel(text.NewValue).FillAsync("+8613900139000");
        var reference = await SendAsync(page, site, text);

        Assert.Equal("Correct my information", await page.Locator("#case-kind").InnerTextAsync());
        Assert.Equal("Telephone number", await page.Locator("#corrected-field").InnerTextAsync());
        Assert.Equal("+8613800138000", await page.Locator("#earlier-value").InnerTextAsync());
        Assert.Equal("+8613900139000", await page.Locator("#corrected-value").InnerTextAsync());
        Assert.Contains("We corrected your information as you asked", await page.Locator(".reply-body").First.InnerTextAsync());

        await page.GotoAsync("/privacy/requests");
        var fields = await page.Locator("#field").InnerTextAsync();
        Assert.Contains("+8613900139000", fields); // what the person now sees as theirs
        Assert.DoesNotContain("+8613800138000", fields);
        using (var scope = site.Server.Services.CreateScope())
            Assert.Single(await scope.ServiceProvider.GetRequiredService<VaultReader>().FindByTelephoneAsync("+8613900139000"));
        var reply = await site.Smtp.WaitForAsync("correct.me@example.org", m => (m.Subject ?? "").Contains(reference, StringComparison.Ordinal));
        Assert.Contains("We corrected your information as you asked", reply.TextBody);

        var zh = await site.SignedIn(subject).GetAsync($"/privacy/requests/{reference}?lang=zh-CN");
        Assert.Contains("更正我的信息", zh.Html);
        Assert.Contains("原内容（留档保存）", zh.Html);
        Assert.Contains("已完成", zh.Html);
    }

    [Fact]
    public async Task A_person_restricts_one_use_and_objects_to_another_in_chinese_and_the_gate_denies_both_to_other_systems()
    {
        await using var site = await RequestSite.StartAsync();
        var subject = await site.AccountHolderAsync("limit.me@example.cn", name: "李雷");
        using var crm = await ApiClientAsync(site, ["customer_service", "analysis"]);
        Assert.Equal(HttpStatusCode.OK, await DecisionAsync(crm, subject, "customer_service", "contact.email"));
        Assert.Equal(HttpStatusCode.OK, await DecisionAsync(crm, subject, "analysis", "account.company"));
        await using var context = await SignedInAsync(site, subject, "zh-CN");
        var page = await context.NewPageAsync();
        var text = RequestText.Zh;

        await page.GotoAsync("/privacy/requests");
        Assert.Empty(await Chromium.SeriousAccessibilityProblemsAsync(page));
        await page.GetByLabel(text.Kind).SelectOptionAsync("restriction");
        await page.GetByLabel(text.Purpose, new() { Exact = true }).SelectOptionAsync("customer_service");
        var restriction = await SendAsync(page, site, text);
        Assert.Equal("限制对我信息的某项处理", await page.Locator("#case-kind").InnerTextAsync());
        Assert.Contains("自即日起，我们不再将您的信息用于“客户服务”", await page.Locator(".reply-body").First.InnerTextAsync());
        Assert.Equal(HttpStatusCode.Forbidden, await DecisionAsync(crm, subject, "customer_service", "contact.email"));
        Assert.Equal(HttpStatusCode.OK, await DecisionAsync(crm, subject, "analysis", "account.company")); // only the purpose asked about

        await page.GotoAsync("/privacy/requests");
        await page.GetByLabel(text.Kind).SelectOptionAsync("objection");
        await page.GetByLabel(text.Purpose, new() { Exact = true }).SelectOptionAsync("analysis");
        var objection = await SendAsync(page, site, text);
        Assert.Equal("反对对我信息的某项处理", await page.Locator("#case-kind").InnerTextAsync());
        Assert.Equal(HttpStatusCode.Forbidden, await DecisionAsync(crm, subject, "analysis", "account.company"));
        var reply = await site.Smtp.WaitForAsync("limit.me@example.cn", m => (m.Subject ?? "").Contains(objection, StringComparison.Ordinal));
        Assert.Contains("根据您的反对，我们已停止将您的信息用于“内部审计、数据分析及研究”", reply.TextBody);
        Assert.Contains("国家互联网信息办公室", reply.TextBody);

        using var en = site.SignedIn(subject);
        var restrictionEn = await en.GetAsync($"/privacy/requests/{restriction}?lang=en");
        Assert.Contains("Restrict a use of my information", restrictionEn.Html);
        Assert.Contains("data-state=\"Completed\">Done</dd>", restrictionEn.Html);
        var objectionEn = await en.GetAsync($"/privacy/requests/{objection}?lang=en");
        Assert.Contains("Object to a use of my information", objectionEn.Html);
    }

    [Fact]
    public async Task A_person_deletes_their_information_through_the_public_form_in_chinese_and_the_recipient_gets_the_signed_event()
    {
        await using var site = await RequestSite.StartAsync(FastWebhooks);
        await using var mailer = await WebhookReceiver.StartAsync(failures: 0);
        var secret = await FulfilmentTests.SubscribeAsync(site, "email_delivery", mailer.Address);
        var subject = await site.AccountHolderAsync("delete.me@example.cn", name: "韩梅梅");
        await using var context = await Chromium.NewContextAsync(site.Server.Address, "zh-CN");
        var page = await context.NewPageAsync();
        var text = RequestText.Zh;

        await page.GotoAsync("/privacy/requests/new");
        Assert.Empty(await Chromium.SeriousAccessibilityProblemsAsync(page));
        await page.GetByLabel(text.Email).FillAsync("delete.me@example.cn");
        await page.GetByLabel(text.Kind).SelectOptionAsync("erasure");
        await page.GetByLabel(text.Region).SelectOptionAsync("cn");
        await page.GetByRole(AriaRole.Button, new() { Name = text.Send }).ClickAsync();
        await page.WaitForURLAsync("**/privacy/requests/verify/**");
        var code = RequestSite.CodeIn(await site.Smtp.WaitForAsync("delete.me@example.cn", m => m.Subject == IntakeText.Zh.CodeSubject));
        await page.GetByLabel(text.Code, new() { Exact = true }).FillAsync(code);
        await page.GetByRole(AriaRole.Button, new() { Name = text.Confirm }).ClickAsync();
        await page.WaitForURLAsync("**/privacy/requests/R-*");
        var reference = RequestSite.ReferenceIn(page.Url);
        await site.ClosedAsync(reference);
        await page.ReloadAsync();

        Assert.Equal("已完成", await page.Locator("#case-state").InnerTextAsync());
        Assert.Equal("删除我的信息", await page.Locator("#case-kind").InnerTextAsync());
        Assert.Contains("我们已删除您的个人信息", await page.Locator(".reply-body").First.InnerTextAsync());
        Assert.Empty(await Chromium.SeriousAccessibilityProblemsAsync(page));

        using (var scope = site.Server.Services.CreateScope())
        {
            Assert.Empty(await scope.ServiceProvider.GetRequiredService<VaultReader>().FindByEmailAsync("delete.me@example.cn"));
            var db = scope.ServiceProvider.GetRequiredService<Steward.Core.Storage.StewardDb>();
            Assert.Equal(0, await db.Set<VaultField>().CountAsync(f => f.SubjectId == subject));
        }
        var call = await mailer.WaitForAcceptedAsync();
        Assert.True(WebhookSigner.Verify(secret, call.Id, long.Parse(call.Timestamp, System.Globalization.CultureInfo.InvariantCulture), call.Body, call.Signature));
        using (var payload = JsonDocument.Parse(call.Body))
        {
            Assert.Equal("subject.erased", payload.RootElement.GetProperty("type").GetString());
            Assert.Equal(subject, payload.RootElement.GetProperty("data").GetProperty("subject").GetGuid());
            Assert.Equal(reference, payload.RootElement.GetProperty("data").GetProperty("reference").GetString());
        }
        var reply = await site.Smtp.WaitForAsync("delete.me@example.cn", m => (m.Subject ?? "").Contains(reference, StringComparison.Ordinal));
        Assert.Contains("我们已删除您的个人信息", reply.TextBody);
        Assert.Contains("国家互联网信息办公室", reply.TextBody);

        using var en = site.SignedIn(subject);
        var form = await en.GetAsync("/privacy/requests/new?lang=en");
        Assert.Contains("<option value=\"erasure\">Delete my information</option>", form.Html);
        var caseEn = await en.GetAsync($"/privacy/requests/{reference}?lang=en");
        Assert.Contains("Delete my information", caseEn.Html);
        Assert.Contains("data-state=\"Completed\">Done</dd>", caseEn.Html); // the reply stays in the language it was asked in
    }

    [Fact]
    public async Task A_person_withdraws_a_consent_moves_their_information_to_another_service_and_closes_their_account()
    {
        await using var site = await RequestSite.StartAsync();
        var subject = await site.AccountHolderAsync("moving.on@example.org", name: "Li Lei");
        await using var context = await SignedInAsync(site, subject, "en-GB");
        var page = await context.NewPageAsync();
        var text = RequestText.En;
        Assert.True(await AllowedAsync(site, subject, "marketing.contact"));

        await page.GotoAsync("/privacy/requests");
        await page.GetByLabel(text.Kind).SelectOptionAsync("withdrawal");
        await page.GetByLabel(text.Purpose, new() { Exact = true }).SelectOptionAsync("marketing.contact");
        var withdrawal = await SendAsync(page, site, text);
        Assert.Equal("Withdraw a consent", await page.Locator("#case-kind").InnerTextAsync());
        Assert.False(await AllowedAsync(site, subject, "marketing.contact"));
        Assert.True(await AllowedAsync(site, subject, "account")); // uses on other grounds go on
        var withdrawn = await site.Smtp.WaitForAsync("moving.on@example.org", m => (m.Subject ?? "").Contains(withdrawal, StringComparison.Ordinal));
        Assert.Contains("What we did before stays lawful", withdrawn.TextBody);

        await page.GotoAsync("/privacy/requests");
        await page.GetByLabel(text.Kind).SelectOptionAsync("migration");
        await page.GetByLabel(text.Destination).SelectOptionAsync("hirain_group");
        var migration = await SendAsync(page, site, text);
        Assert.Equal("Move my information to another of your services", await page.Locator("#case-kind").InnerTextAsync());
        Assert.Contains("Your information is ready to be moved to Hirain group companies in China", WebUtility.HtmlDecode(await page.Locator(".reply-body").First.InnerTextAsync()));
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = text.Download }).ClickAsync());
        var (json, _) = await RequestSite.OpenPackageAsync(await File.ReadAllBytesAsync(await download.PathAsync()));
        Assert.Contains(json.RootElement.GetProperty("fields").EnumerateArray(), f => f.GetProperty("value").GetString() == "moving.on@example.org");
        var moved = await site.Smtp.WaitForAsync("moving.on@example.org", m => (m.Subject ?? "").Contains(migration, StringComparison.Ordinal));
        Assert.Contains("ready to be moved to Hirain group companies in China", moved.TextBody);
        using var service = new HttpClient(); // the other service fetches it with the link
        var (fetched, _) = await RequestSite.OpenPackageAsync(await service.GetByteArrayAsync(RequestSite.PackageLinkIn(moved)));
        Assert.Contains(fetched.RootElement.GetProperty("fields").EnumerateArray(), f => f.GetProperty("value").GetString() == "Li Lei");

        await page.GotoAsync("/privacy/requests");
        await page.GetByLabel(text.Kind).SelectOptionAsync("deregistration");
        var deregistration = await SendAsync(page, site, text);
        Assert.Equal("Close my account", await page.Locator("#case-kind").InnerTextAsync());
        Assert.Contains("Your account is closed", await page.Locator(".reply-body").First.InnerTextAsync());
        using (var scope = site.Server.Services.CreateScope())
            Assert.Empty(await scope.ServiceProvider.GetRequiredService<VaultReader>().FindByEmailAsync("moving.on@example.org"));
        Assert.False(await AllowedAsync(site, subject, "account"));
        var closed = await site.Smtp.WaitForAsync("moving.on@example.org", m => (m.Subject ?? "").Contains(deregistration, StringComparison.Ordinal));
        Assert.Contains("Your account is closed", closed.TextBody);

        using var zh = site.SignedIn(subject);
        foreach (var (reference, kind) in new[] { (withdrawal, "撤回某项同意"), (migration, "将我的信息迁移至贵方其他服务"), (deregistration, "注销我的账号") })
        {
            var caseZh = await zh.GetAsync($"/privacy/requests/{reference}?lang=zh-CN");
            Assert.Contains(kind, caseZh.Html);
            Assert.Contains("已完成", caseZh.Html);
        }
        Assert.Contains("迁移至我们的哪项服务？", (await zh.GetAsync("/privacy/requests?lang=zh-CN")).Html);
    }

    /// <summary>A browser context signed in to the Privacy Center as the subject.</summary>
    private static async Task<IBrowserContext> SignedInAsync(RequestSite site, Guid subject, string locale)
    {
        var context = await Chromium.NewContextAsync(site.Server.Address, locale);
        await context.AddCookiesAsync([new Microsoft.Playwright.Cookie { Name = PersonSession.Scheme, Value = PersonCookie.Value(site.Server, subject), Url = site.Server.Address.ToString() }]);
        return context;
    }

    /// <summary>Sends the filled form, waits for the worker to finish the case and shows it again: its reference.</summary>
    private static async Task<string> SendAsync(IPage page, RequestSite site, RequestText text)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = text.MakeRequest }).ClickAsync();
        await page.WaitForURLAsync("**/privacy/requests/R-*");
        var reference = RequestSite.ReferenceIn(page.Url);
        Assert.Equal(CaseState.Completed, (await site.ClosedAsync(reference)).State);
        await page.ReloadAsync();
        Assert.Equal(text.States[CaseState.Completed], await page.Locator("#case-state").InnerTextAsync());
        Assert.Empty(await Chromium.SeriousAccessibilityProblemsAsync(page));
        return reference;
    }

    private static async Task<HttpClient> ApiClientAsync(RequestSite site, string[] purposes)
    {
        await using var scope = site.Server.Services.CreateAsyncScope();
        var key = await scope.ServiceProvider.GetRequiredService<ApiKeys>().CreateAsync("crm", purposes, "test");
        var client = new HttpClient { BaseAddress = site.Server.Address };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key.Secret);
        return client;
    }

    private static async Task<HttpStatusCode> DecisionAsync(HttpClient client, Guid subject, string purpose, string category)
    {
        using var response = await client.PostAsJsonAsync("api/decisions", new { subject, categories = new[] { category }, purpose });
        return response.StatusCode;
    }

    private static async Task<bool> AllowedAsync(RequestSite site, Guid subject, string purpose)
    {
        var gate = site.Server.Services.GetRequiredService<GateService>();
        var outcome = await gate.DecideAsync(new DecisionRequest(ActorRef.Subject(subject), subject, ["contact.email"], purpose));
        return outcome.Decision.Allowed;
    }
}

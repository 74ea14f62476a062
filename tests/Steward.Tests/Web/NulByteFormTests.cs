using System.Net;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Steward.Core.Requests;
using Steward.Core.Storage;
using Microsoft.Extensions.Logging;
using Steward.Core.Collection;
using Steward.Hosting;
using Steward.Pages;
using Steward.People;
using Steward.Requests;
using Steward.Sites;
using Steward.Tests.Infrastructure;
using Steward.Tests.Sites;
using Steward.Tests.Staff;
using static Steward.Tests.Staff.ConsoleBrowser;

namespace Steward.Tests.Web;

/// <summary>A form post holding a NUL byte (%00, which ASP.NET Core's form parser refuses) gets a real
/// answer: the form's own message beside the field, or 400 without a token, or the 500 page when
/// something unexpected fails; never the status 0 it once got. Nothing is stored.</summary>
public sealed class NulByteFormTests
{
    private const string Nul = "\0";

    /// <summary>A form, the fields to post (one holds a NUL), the status expected and the message the page shows.</summary>
    public sealed record NulForm(string Name, string Path, KeyValuePair<string, string>[] Fields, string? Handler, HttpStatusCode Status, Func<string, string> Message, string Where);

    private static string ControlCharacters(string language) => SiteText.In(language).Problem(FieldProblem.ControlCharacters, null);

    private static string RequestTextIn(string language) => (language == "zh-CN" ? RequestText.Zh : RequestText.En).ControlCharacters;

    private static NulForm[] Forms(string verifyPath) =>
    [
        new("site sign-up", "/sites/corporate/sign-up",
            [Field("name", "Wang" + Nul + "Fang"), Field("telephone", "13800138000"), Field("email", "wang.fang@example.cn"), Field("scopes", "rail_transit"), Field("consent", "marketing.interest_news")],
            null, HttpStatusCode.UnprocessableEntity, ControlCharacters, "f-name-error"),
        new("site registration", "/sites/europe/register",
            [Field("name", "Anna Schmidt"), Field("company", "Beispiel" + Nul + "GmbH"), Field("email", "anna@example.de"), Field("telephone", "+49 30 901820"), Field("login_id", "anna.s"), Field("password", AccountTests.Password), Field("birth_year", "1990")],
            null, HttpStatusCode.UnprocessableEntity, ControlCharacters, "f-company-error"),
        new("account details", "/account",
            [Field("name", "Zhang San"), Field("company", "New" + Nul + "Co"), Field("telephone", "13912345678"), Field("login_id", "zhangsan")],
            "Save", HttpStatusCode.UnprocessableEntity, ControlCharacters, "f-company-error"),
        new("account sign-in", "/account/sign-in",
            [Field("email", "zhang.san@example.cn" + Nul), Field("password", AccountTests.Password)],
            null, HttpStatusCode.Unauthorized, language => SiteText.In(language).SignInFailed, "sign-in-error"),
        new("privacy request", "/privacy/requests/new",
            [Field("email", "zhang.san" + Nul + "@example.cn"), Field("kind", "erasure"), Field("region", "eu")],
            null, HttpStatusCode.UnprocessableEntity, language => (language == "zh-CN" ? RequestText.Zh : RequestText.En).EmailInvalid, "email-error"),
        new("privacy request code", verifyPath,
            [Field("code", "000000"), Field("details", "Please" + Nul + " hurry")],
            null, HttpStatusCode.UnprocessableEntity, RequestTextIn, "details-error"),
        new("privacy center request", "/privacy/requests",
            [Field("kind", "access"), Field("details", "All of it" + Nul), Field("region", "cn")],
            null, HttpStatusCode.UnprocessableEntity, RequestTextIn, "details-error"),
        new("privacy center correction", "/privacy/requests",
            [Field("kind", "correction"), Field("field", "account.company"), Field("newValue", "New" + Nul + "Co"), Field("region", "cn")],
            null, HttpStatusCode.UnprocessableEntity, RequestTextIn, "field-error"),
    ];

    [Fact]
    public async Task A_NUL_in_a_field_of_any_public_or_person_form_is_answered_beside_the_field_and_stores_nothing()
    {
        await using var site = await SiteServer.StartAsync(new Dictionary<string, string?> { ["Steward:Requests:IntakePermitLimit"] = "10000" });
        using var person = new ConsoleBrowser(site.Server);
        // A person with an account, signed in: the account page is one of the forms.
        Assert.Equal(HttpStatusCode.OK, (await SubmitAsync(person, "/sites/corporate/register", AccountTests.Registration("zhang.san@example.cn"))).Status);
        var subject = await Stored.SubjectByEmailAsync(site.Server, "zhang.san@example.cn");
        await site.Smtp.WaitForAsync("zhang.san@example.cn");
        person.Cookies.Add(site.Server.Address, new Cookie(PersonSession.Scheme, PersonCookie.Value(site.Server, subject)));
        // A request waiting for its code: the code page is one of the forms.
        var verify = await SubmitAsync(person, "/privacy/requests/new", [Field("email", "zhang.san@example.cn"), Field("kind", "access"), Field("region", "cn")]);
        Assert.StartsWith("/privacy/requests/verify/", verify.Path, StringComparison.Ordinal);
        await site.Smtp.WaitForAsync("zhang.san@example.cn", m => m.Subject != SiteText.En.ConfirmSubject);
        var before = (await Stored.SubjectCountAsync(site.Server), await Stored.ConsentCountAsync(site.Server), site.Smtp.Messages.Count);

        var cases = await CountCasesAsync(site.Server);

        var forms = Forms(verify.Path);
        var failures = new List<string>();
        for (var i = 0; i < forms.Length * 2; i++)
        {
            var form = forms[i % forms.Length];
            var language = i < forms.Length ? "en" : "zh-CN";
            var page = await SubmitAsync(person, $"{form.Path}?lang={language}", form.Fields, form.Handler);
            string? shown;
            try { shown = page.Element(form.Where); } catch (InvalidOperationException) { shown = null; }
            if (page.Status != form.Status || shown != form.Message(language))
                failures.Add($"{form.Name} ({language}): {(int)page.Status}, #{form.Where}: '{shown}' instead of '{form.Message(language)}'");
        }

        Assert.Empty(failures);
        Assert.Equal(before, (await Stored.SubjectCountAsync(site.Server), await Stored.ConsentCountAsync(site.Server), site.Smtp.Messages.Count));
        Assert.Equal("Hirain Customer Ltd", (await Stored.ReadAsync(site.Server, subject, ["account"]))["account.company"]);
        Assert.Equal(cases, await CountCasesAsync(site.Server));
        // The refused posts did not use up the code: the page still asks for it.
        Assert.Contains("id=\"code\"", (await person.GetAsync(verify.Path)).Html, StringComparison.Ordinal);
    }

    private static async Task<int> CountCasesAsync(StewardServer server)
    {
        await using var scope = server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<StewardDb>().Set<RightsCase>().CountAsync();
    }

    /// <summary>Opens the form and posts it with every hidden field it gave (token, submission key, notice version), as a browser would.</summary>
    private static async Task<Page> SubmitAsync(ConsoleBrowser browser, string path, IEnumerable<KeyValuePair<string, string>> fields, string? handler = null)
    {
        var form = await browser.GetAsync(path);
        Assert.True(form.Status == HttpStatusCode.OK, $"{path} answered {form.Status}");
        return await browser.PostAsync(path, [.. SiteVisitor.Hidden(form), .. fields], handler);
    }

    [Fact]
    public async Task A_NUL_post_without_an_antiforgery_token_or_to_no_page_gets_the_error_page_with_its_status()
    {
        await using var site = await SiteServer.StartAsync();
        using var visitor = new ConsoleBrowser(site.Server);

        var noToken = await visitor.PostAsync("/sites/corporate/sign-up?lang=zh-CN", [Field("a", "b" + Nul + "c")]);
        var noPage = await visitor.PostAsync("/no-such-page", [Field("a", "b" + Nul + "c")]);
        var api = await visitor.PostAsync("/api/catalogue", [Field("code", "0" + Nul)]);

        Assert.Equal(HttpStatusCode.BadRequest, noToken.Status);
        Assert.Contains(PageText.Zh.BadRequestTitle, noToken.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, noPage.Status);
        Assert.Contains(PageText.En.NotFoundTitle, noPage.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, api.Status);
        Assert.Equal((0, 0), (await Stored.SubjectCountAsync(site.Server), await Stored.ConsentCountAsync(site.Server)));
    }

    [Fact]
    public async Task An_unexpected_failure_of_a_NUL_post_is_logged_without_the_posted_values_and_answered_500_with_the_error_page()
    {
        var logs = new Steward.Tests.Vault.CapturingLoggerProvider();
        await using var server = await StewardServer.StartAsync(services: s =>
        {
            s.AddSingleton<ILoggerProvider>(logs);
            s.AddSingleton<IAntiforgery, FailingAntiforgery>();
        });
        using var visitor = new ConsoleBrowser(server);

        var page = await visitor.PostAsync("/sites/corporate/sign-up", [Field("name", "Wang" + Nul + "Fang"), Field("email", "wang.fang@example.cn")]);

        Assert.Equal(HttpStatusCode.InternalServerError, page.Status);
        Assert.Contains(PageText.En.ErrorTitle, page.Html, StringComparison.Ordinal);
        Assert.Contains(logs.Entries, e => e.Level == LogLevel.Error && e.Exception?.Contains(FailingAntiforgery.Failure, StringComparison.Ordinal) == true);
        Assert.DoesNotContain(logs.Entries, e => e.Text.Contains("wang.fang", StringComparison.OrdinalIgnoreCase) || e.Text.Contains("Fang", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(400, 400)]
    [InlineData(404, 404)]
    [InlineData(599, 599)]
    [InlineData(0, 500)]
    [InlineData(200, 500)]
    [InlineData(302, 500)]
    [InlineData(399, 500)]
    [InlineData(600, 500)]
    [InlineData(-404, 500)]
    public void The_error_page_answers_an_error_code_as_asked_and_any_other_code_as_500(int code, int status)
    {
        Assert.Equal(status, ErrorModel.StatusFor(code));
        Assert.Equal(status, ErrorModel.StatusFor(code.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void The_error_page_answers_500_when_the_route_holds_no_code()
    {
        Assert.Equal(500, ErrorModel.StatusFor(null));
        Assert.Equal(500, ErrorModel.StatusFor("four hundred"));
        Assert.Equal(500, ErrorModel.StatusFor("99999999999999"));
    }

    /// <summary>Antiforgery that fails in a way nothing expects: the stand-in for any unexpected exception.</summary>
    private sealed class FailingAntiforgery : IAntiforgery
    {
        public const string Failure = "unexpected failure in the test";

        private static readonly AntiforgeryTokenSet Tokens = new("request-token", "cookie-token", "__RequestVerificationToken", "RequestVerificationToken");

        // Pages (the error page too) still render their forms' tokens.
        public AntiforgeryTokenSet GetAndStoreTokens(HttpContext httpContext) => Tokens;
        public AntiforgeryTokenSet GetTokens(HttpContext httpContext) => Tokens;
        public Task<bool> IsRequestValidAsync(HttpContext httpContext) => Task.FromResult(true);
        public void SetCookieTokenAndHeader(HttpContext httpContext) { }

        public async Task ValidateRequestAsync(HttpContext httpContext)
        {
            await httpContext.Request.ReadFormAsync();
            throw new InvalidOperationException(Failure);
        }
    }
}

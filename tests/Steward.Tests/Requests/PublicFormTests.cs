using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Steward.Core.Email;
using Steward.Core.Requests;
using static Steward.Tests.Staff.ConsoleBrowser;

namespace Steward.Tests.Requests;

/// <summary>The public request form: a code to the address on file opens the case; an address that is
/// not on file gets the same page and no code; wrong codes, expiry, and the rate limit.</summary>
public sealed class PublicFormTests
{
    [Fact]
    public async Task A_code_sent_to_the_address_on_file_opens_an_access_case_whose_package_holds_every_field()
    {
        await using var site = await RequestSite.StartAsync();
        var subject = await site.AccountHolderAsync("li.lei@example.cn");
        using var person = site.Browser();

        var codePage = await person.SubmitAsync("/privacy/requests/new?lang=en",
            [Field("email", "Li.Lei@Example.cn "), Field("kind", "access"), Field("purpose", ""), Field("region", "eu")]);
        Assert.StartsWith("/privacy/requests/verify/", codePage.Path);
        var code = RequestSite.CodeIn(await site.Smtp.WaitForAsync("li.lei@example.cn", m => (m.Subject ?? "").Contains("code", StringComparison.Ordinal)));
        var casePage = await person.SubmitAsync(codePage.Path + "?lang=en", [Field("code", code), Field("details", "")]);
        Assert.Equal(HttpStatusCode.OK, casePage.Status);
        var reference = RequestSite.ReferenceIn(casePage.Path);
        Assert.True(CaseReference.LooksValid(reference), casePage.Path);

        var done = await site.ClosedAsync(reference);
        Assert.Equal(CaseState.Completed, done.State);
        Assert.Equal(subject, done.SubjectId);
        Assert.Equal(RequestChannel.PublicForm, done.Channel);
        var reply = await site.Smtp.WaitForAsync("li.lei@example.cn", m => (m.Subject ?? "").Contains(reference, StringComparison.Ordinal));
        Assert.Contains("the European Data Protection Board", reply.TextBody); // how to complain (P6.6)
        var link = RequestSite.PackageLinkIn(reply);
        using var anyone = new HttpClient();
        var (json, html) = await RequestSite.OpenPackageAsync(await anyone.GetByteArrayAsync(link));
        var fields = json.RootElement.GetProperty("fields").EnumerateArray().Select(f => (f.GetProperty("category").GetString(), f.GetProperty("value").GetString())).ToList();
        Assert.Contains(("identity.name", "Li Lei"), fields);
        Assert.Contains(("contact.email", "li.lei@example.cn"), fields);
        Assert.Contains(("contact.telephone", "+8613800138000"), fields);
        Assert.Contains(("account.company", "Hirain Test Works"), fields);
        Assert.Contains(json.RootElement.GetProperty("consents").EnumerateArray(), c => c.GetProperty("purpose").GetString() == "marketing.contact" && c.GetProperty("status").GetString() == "Given");
        Assert.Contains(json.RootElement.GetProperty("decisions").EnumerateArray(), d => d.GetProperty("action").GetString() == "consent.given");
        Assert.Contains(json.RootElement.GetProperty("requests").EnumerateArray(), r => r.GetProperty("reference").GetString() == reference);
        Assert.Contains("<h1>Your personal information</h1>", html);
        Assert.Contains("Li Lei", html);

        // Signed in by the code, the person downloads it from the Privacy Center too.
        var center = await person.GetAsync($"/privacy/requests/{reference}?lang=en");
        Assert.Contains("data-state=\"Completed\"", center.Html);
        Assert.Contains("id=\"download\"", center.Html);
        var again = await person.GetAsync($"/privacy/requests/{reference}/package");
        Assert.Equal("application/zip", again.Response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_published_contact_channel_opens_the_form_and_a_question_becomes_a_tracked_case()
    {
        await using var site = await RequestSite.StartAsync();
        await site.AccountHolderAsync("asking@example.org");
        using var person = site.Browser();

        var form = await person.GetAsync("/contact?lang=zh-CN");
        Assert.Equal("/privacy/requests/new", form.Path);
        Assert.Contains("<option value=\"contact\" selected=\"selected\">向隐私保护团队咨询</option>", form.Html);
        var codePage = await person.SubmitAsync(form.Path, [Field("email", "asking@example.org"), Field("kind", "contact"), Field("region", "other")]);
        var code = RequestSite.CodeIn(await site.Smtp.WaitForAsync("asking@example.org"));
        var casePage = await person.SubmitAsync(codePage.Path, [Field("code", code), Field("details", "Do you sell my data?")]);
        var reference = RequestSite.ReferenceIn(casePage.Path);
        var tracked = await site.CaseAsync(reference);
        Assert.Equal((RequestKind.Contact, CaseState.Open), (tracked.Kind, tracked.State)); // waits for the privacy team
        Assert.Equal(tracked.ReceivedAt.AddDays(30), tracked.DueAt);
        var received = await site.Smtp.WaitForAsync("asking@example.org", m => (m.Subject ?? "").Contains(reference, StringComparison.Ordinal));
        Assert.Contains("the Global Privacy Assembly", received.TextBody);
        using var scope = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.CreateScope(site.Server.Services);
        var vault = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<RequestVault>(scope.ServiceProvider);
        Assert.Equal("Do you sell my data?", await vault.NoteAsync(tracked.SubjectId, reference, "details"));
    }

    [Fact]
    public async Task An_address_not_on_file_gets_the_same_page_and_no_code_and_no_code_opens_anything()
    {
        await using var site = await RequestSite.StartAsync();
        await site.AccountHolderAsync("known@example.org");
        using var person = site.Browser();

        var known = await person.SubmitAsync("/privacy/requests/new", [Field("email", "known@example.org"), Field("kind", "erasure"), Field("region", "eu")]);
        var unknown = await person.SubmitAsync("/privacy/requests/new", [Field("email", "stranger@example.org"), Field("kind", "erasure"), Field("region", "eu")]);
        Assert.Equal(HttpStatusCode.OK, unknown.Status);
        Assert.Equal(Scrub(known.Html), Scrub(unknown.Html));
        await site.Smtp.WaitForAsync("known@example.org");
        Assert.DoesNotContain(site.Smtp.Messages, m => m.To.ToString().Contains("stranger", StringComparison.Ordinal));

        foreach (var guess in new[] { "000000", "123456", "999999" })
        {
            var tried = await person.SubmitAsync(unknown.Path, [Field("code", guess)]);
            Assert.Contains("That code is not right.", tried.Html);
        }
        Assert.Equal(0, await site.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Set<RightsCase>())));
    }

    [Fact]
    public async Task The_form_answers_before_the_code_email_is_delivered_so_its_timing_reveals_nothing_and_the_code_then_arrives()
    {
        var held = new HeldEmailSender();
        await using var site = await RequestSite.StartAsync(services: s => s.AddSingleton<IEmailSender>(sp =>
            held.Around(new SmtpEmailSender(sp.GetRequiredService<IOptions<EmailOptions>>().Value))));
        await site.AccountHolderAsync("slow.mail@example.org");
        using var person = site.Browser();

        // Delivery is held back: a form that sent the code inside the request could not answer now.
        var known = await person.SubmitAsync("/privacy/requests/new", [Field("email", "slow.mail@example.org"), Field("kind", "access"), Field("region", "eu")])
            .WaitAsync(TimeSpan.FromSeconds(30));
        var unknown = await person.SubmitAsync("/privacy/requests/new", [Field("email", "nobody@example.org"), Field("kind", "access"), Field("region", "eu")]);
        Assert.Equal(HttpStatusCode.OK, known.Status);
        Assert.Equal(Scrub(known.Html), Scrub(unknown.Html));
        await held.WaitingAsync();
        Assert.Empty(site.Smtp.Messages);

        held.Release();
        var code = RequestSite.CodeIn(await site.Smtp.WaitForAsync("slow.mail@example.org"));
        var casePage = await person.SubmitAsync(known.Path, [Field("code", code), Field("details", "")]);
        Assert.True(CaseReference.LooksValid(RequestSite.ReferenceIn(casePage.Path)), casePage.Path);
        Assert.DoesNotContain(site.Smtp.Messages, m => m.To.ToString().Contains("nobody", StringComparison.Ordinal));
    }

    /// <summary>Wraps the real sender and holds every message back until released.</summary>
    private sealed class HeldEmailSender
    {
        private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _waiting = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public IEmailSender Around(IEmailSender inner) => new Sender(this, inner);

        public void Release() => _released.TrySetResult();

        public Task WaitingAsync() => _waiting.Task.WaitAsync(TimeSpan.FromSeconds(30));

        private sealed class Sender(HeldEmailSender held, IEmailSender inner) : IEmailSender
        {
            public async Task SendAsync(MimeKit.MimeMessage message, CancellationToken cancellationToken = default)
            {
                held._waiting.TrySetResult();
                await held._released.Task.WaitAsync(cancellationToken);
                await inner.SendAsync(message, cancellationToken);
            }
        }
    }

    [Fact]
    public async Task Wrong_codes_are_told_beside_the_field_in_chinese_and_the_sixth_try_ends_the_code()
    {
        await using var site = await RequestSite.StartAsync();
        await site.AccountHolderAsync("wang@example.cn");
        using var person = site.Browser();
        var codePage = await person.SubmitAsync("/privacy/requests/new?lang=zh-CN", [Field("email", "wang@example.cn"), Field("kind", "access"), Field("region", "cn")]);
        Assert.Contains("输入验证码", codePage.Html);
        var code = RequestSite.CodeIn(await site.Smtp.WaitForAsync("wang@example.cn"));
        var wrong = code == "000000" ? "111111" : "000000";
        for (var i = 0; i < RequestIntake.MaxAttempts; i++)
        {
            var page = await person.SubmitAsync(codePage.Path + "?lang=zh-CN", [Field("code", wrong)]);
            Assert.Contains("id=\"code-error\">验证码不正确", page.Html);
            Assert.Contains("aria-describedby=\"code-error\"", page.Html);
        }
        var ended = await person.PostAsync(codePage.Path + "?lang=zh-CN", [Field("code", code), Field("__RequestVerificationToken", codePage.AntiforgeryToken())]);
        Assert.Contains("id=\"code-ended\"", ended.Html);
    }

    [Fact]
    public async Task Mistakes_on_the_form_are_shown_beside_their_fields_and_store_nothing()
    {
        await using var site = await RequestSite.StartAsync();
        using var person = site.Browser();
        var page = await person.SubmitAsync("/privacy/requests/new", [Field("email", "not an address"), Field("kind", "restriction"), Field("purpose", ""), Field("region", "mars")]);
        Assert.Equal("/privacy/requests/new", page.Path);
        Assert.Contains("id=\"email-error\">Enter an email address", page.Html);
        Assert.Contains("id=\"purpose-error\">Choose which use", page.Html);
        Assert.Contains("id=\"region-error\"", page.Html);
        Assert.Empty(site.Smtp.Messages);
    }

    [Fact]
    public async Task Posts_of_the_public_form_are_rate_limited_per_address()
    {
        await using var site = await RequestSite.StartAsync(new Dictionary<string, string?> { ["Steward:Requests:IntakePermitLimit"] = "2" });
        using var person = site.Browser();
        for (var i = 0; i < 2; i++)
            Assert.Equal(HttpStatusCode.OK, (await person.SubmitAsync("/privacy/requests/new", [Field("email", $"p{i}@example.org"), Field("kind", "access"), Field("region", "eu")])).Status);
        var limited = await person.SubmitAsync("/privacy/requests/new", [Field("email", "p3@example.org"), Field("kind", "access"), Field("region", "eu")]);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.Status);
    }

    /// <summary>The page without its antiforgery token and its own address, which differ on every visit.</summary>
    private static string Scrub(string html) =>
        System.Text.RegularExpressions.Regex.Replace(
            System.Text.RegularExpressions.Regex.Replace(html, "value=\"[^\"]{20,}\"", "value=\"\""),
            "/privacy/requests/verify/[A-Za-z0-9_-]+", "/privacy/requests/verify/TOKEN");
}

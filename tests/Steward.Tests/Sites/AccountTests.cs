using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Steward.Core.Accounts;
using Steward.Core.Gate;
using Steward.Core.Storage;
using Steward.Sites;
using static Steward.Tests.Staff.ConsoleBrowser;

namespace Steward.Tests.Sites;

/// <summary>Site accounts over HTTP (P2.1, P5.2, P5.4, P5.5): register, confirm by email, sign in,
/// view and amend, close; credentials hold nothing personal; no message tells whether an email has an account.</summary>
public sealed partial class AccountTests
{
    public const string Password = "a long enough password";

    internal static KeyValuePair<string, string>[] Registration(string email, string birthYear = "1990", string? guardian = null) =>
    [
        Field("name", "Zhang San"), Field("company", "Hirain Customer Ltd"), Field("email", email), Field("telephone", "13912345678"),
        Field("login_id", "zhangsan"), Field("password", Password), Field("birth_year", birthYear), Field("consent", "marketing.contact"),
        .. guardian is null ? Array.Empty<KeyValuePair<string, string>>() : [Field("guardian_email", guardian)],
    ];

    [GeneratedRegex(@"http://\S+")] internal static partial Regex LinkIn();

    internal static string PathOf(MimeKit.MimeMessage message) =>
        new Uri(LinkIn().Match(message.TextBody ?? "").Value).PathAndQuery;

    [Fact]
    public async Task A_person_registers_confirms_signs_in_amends_and_closes_the_account()
    {
        await using var site = await SiteServer.StartAsync();
        using var visitor = site.Visitor();

        var done = await visitor.SubmitAsync("/sites/corporate/register?lang=zh-CN", Registration("zhang.san@example.cn"));
        Assert.Equal(HttpStatusCode.OK, done.Status);
        Assert.Contains(SiteText.Zh.RegisterDoneTitle, done.Html, StringComparison.Ordinal);

        var subject = await Stored.SubjectByEmailAsync(site.Server, "zhang.san@example.cn");
        Assert.Equal(new Dictionary<string, string>
        {
            ["identity.name"] = "Zhang San", ["account.company"] = "Hirain Customer Ltd", ["contact.email"] = "zhang.san@example.cn",
            ["contact.telephone"] = "+8613912345678", ["account.login_id"] = "zhangsan", ["identity.birth_date"] = "1990",
        }, await Stored.ReadAsync(site.Server, subject, ["identity", "contact", "account"]));
        var consents = await Stored.ConsentsAsync(site.Server, subject);
        Assert.Equal(["account.cross_service:Refused", "marketing.contact:Given"], consents.Select(c => $"{c.Purpose}:{c.Status}").Order());
        Assert.All(consents, c => Assert.Equal("zh-CN", c.Language));

        // The credentials table holds the subject id and a hash: no personal value, not the password.
        await using (var scope = site.Server.Services.CreateAsyncScope())
        {
            var account = await scope.ServiceProvider.GetRequiredService<StewardDb>().Set<PersonAccount>().SingleAsync();
            Assert.Equal(subject, account.SubjectId);
            Assert.DoesNotContain(Password, account.PasswordHash, StringComparison.Ordinal);
            Assert.DoesNotContain("zhang", account.PasswordHash, StringComparison.OrdinalIgnoreCase);
        }

        // Not confirmed yet: sign-in fails with the one message for every failure.
        var early = await visitor.SubmitAsync("/account/sign-in", [Field("email", "zhang.san@example.cn"), Field("password", Password)]);
        Assert.Equal(HttpStatusCode.Unauthorized, early.Status);

        var mail = await site.Smtp.WaitForAsync("zhang.san@example.cn");
        Assert.Equal(SiteText.Zh.ConfirmSubject, mail.Subject);
        var confirmed = await visitor.GetAsync(PathOf(mail));
        Assert.Contains(SiteText.Zh.ConfirmedTitle, confirmed.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync(PathOf(mail))).Status); // used once

        var signedIn = await visitor.SubmitAsync("/account/sign-in?lang=en", [Field("email", " Zhang.San@Example.CN "), Field("password", Password)]);
        Assert.Equal("/account", signedIn.Path);
        Assert.Contains("value=\"Hirain Customer Ltd\"", signedIn.Html, StringComparison.Ordinal);
        Assert.Contains("value=\"zhangsan\"", signedIn.Html, StringComparison.Ordinal);
        // Who may see the data (use across the group's services) is switched in the preference center it links to.
        Assert.Contains("id=\"preferences-link\" href=\"/privacy/preferences?lang=en\"", signedIn.Html, StringComparison.Ordinal);
        Assert.Contains("Your preferences", (await visitor.GetAsync("/privacy/preferences?lang=en")).Html, StringComparison.Ordinal);

        var bad = await visitor.SubmitAsync("/account?lang=en", [Field("name", "Zhang San"), Field("company", "<script>x</script>"), Field("telephone", "13912345678"), Field("login_id", "zhangsan")], handler: "Save");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.Status);
        Assert.Equal(SiteText.En.Problem(Steward.Core.Collection.FieldProblem.Markup, null), bad.Element("f-company-error"));

        var saved = await visitor.SubmitAsync("/account?lang=en", [Field("name", "Zhang Sanfeng"), Field("company", "New Co"), Field("telephone", "+44 20 7946 0018"), Field("login_id", "zsf")], handler: "Save");
        Assert.Contains(SiteText.En.Saved, saved.Html, StringComparison.Ordinal);
        var amended = await Stored.ReadAsync(site.Server, subject, ["identity.name", "account", "contact.telephone"]);
        Assert.Equal(("Zhang Sanfeng", "New Co", "+442079460018", "zsf"),
            (amended["identity.name"], amended["account.company"], amended["contact.telephone"], amended["account.login_id"]));

        var closed = await visitor.SubmitAsync("/account?lang=en", [], handler: "Close");
        Assert.Contains(SiteText.En.DeletedAll, closed.Html, StringComparison.Ordinal);
        Assert.Contains(SiteText.En.WhatRemains, closed.Html, StringComparison.Ordinal);
        Assert.NotNull((await Stored.SubjectAsync(site.Server, subject))!.ErasedAt);
        Assert.Equal("/account/sign-in", (await visitor.GetAsync("/account")).Path);
        var after = await visitor.SubmitAsync("/account/sign-in", [Field("email", "zhang.san@example.cn"), Field("password", Password)]);
        Assert.Equal(HttpStatusCode.Unauthorized, after.Status);
    }

    [Fact]
    public async Task Registering_an_email_that_has_an_account_looks_the_same_and_only_the_owner_is_told()
    {
        await using var site = await SiteServer.StartAsync();
        using var first = site.Visitor();
        using var second = site.Visitor();
        var one = await first.SubmitAsync("/sites/corporate/register", Registration("taken@example.cn"));
        var two = await second.SubmitAsync("/sites/corporate/register", Registration("TAKEN@example.cn"));

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (one.Status, two.Status));
        Assert.Equal(MainOf(one.Html), MainOf(two.Html));
        Assert.Equal(1, await Stored.SubjectCountAsync(site.Server));
        var owner = await site.Smtp.WaitForAsync("taken@example.cn", m => m.Subject == SiteText.En.TakenSubject);
        Assert.Contains("/account/sign-in", owner.TextBody, StringComparison.Ordinal);

        // Sign-in says the same for an unknown email and a wrong password.
        var unknown = await first.SubmitAsync("/account/sign-in", [Field("email", "nobody@example.cn"), Field("password", Password)]);
        var wrong = await first.SubmitAsync("/account/sign-in", [Field("email", "taken@example.cn"), Field("password", "not the password")]);
        Assert.Equal(unknown.Element("sign-in-error"), wrong.Element("sign-in-error"));
        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized), (unknown.Status, wrong.Status));
    }

    [Fact]
    public async Task Closing_an_account_under_a_legal_hold_stops_it_and_tells_the_person_why_the_data_stays()
    {
        await using var site = await SiteServer.StartAsync();
        using var visitor = site.Visitor();
        await visitor.SubmitAsync("/sites/corporate/register", Registration("held@example.cn"));
        await visitor.GetAsync(PathOf(await site.Smtp.WaitForAsync("held@example.cn")));
        var subject = await Stored.SubjectByEmailAsync(site.Server, "held@example.cn");
        await using (var scope = site.Server.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<SubjectControls>().PlaceLegalHoldAsync(ActorRef.Staff("officer", "privacy_officer"), subject, "tax audit 2026-17", null);
        }
        var account = await visitor.SubmitAsync("/account/sign-in", [Field("email", "held@example.cn"), Field("password", Password)]);
        Assert.True(account.Path == "/account", MainOf(account.Html));

        var closed = await visitor.SubmitAsync("/account", [], handler: "Close");

        Assert.True(closed.Html.Contains(SiteText.En.HeldText("tax audit 2026-17"), StringComparison.Ordinal), MainOf(closed.Html));
        Assert.Null((await Stored.SubjectAsync(site.Server, subject))!.ErasedAt);
        var again = await visitor.SubmitAsync("/account/sign-in", [Field("email", "held@example.cn"), Field("password", Password)]);
        Assert.Equal(HttpStatusCode.Unauthorized, again.Status);
    }

    [Fact]
    public async Task Too_many_registration_posts_from_one_client_get_a_429()
    {
        await using var site = await SiteServer.StartAsync(new Dictionary<string, string?> { ["Steward:Collection:IntakePermitLimit"] = "3" });
        using var visitor = site.Visitor();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            var page = await visitor.SubmitAsync("/sites/corporate/register", [Field("name", "")]);
            Assert.True(i == 3 || page.Status == HttpStatusCode.UnprocessableEntity, page.Html);
            statuses.Add(page.Status);
        }

        Assert.Equal([HttpStatusCode.UnprocessableEntity, HttpStatusCode.UnprocessableEntity, HttpStatusCode.UnprocessableEntity, HttpStatusCode.TooManyRequests], statuses);
    }

    private static string MainOf(string html) => html[html.IndexOf("<main", StringComparison.Ordinal)..html.IndexOf("</main>", StringComparison.Ordinal)];
}

using System.Net;
using Steward.Core.Consent;
using static Steward.Tests.Staff.ConsoleBrowser;

namespace Steward.Tests.Sites;

/// <summary>The interest sign-up (P2.3) over HTTP: what it stores, the consent records, idempotency.</summary>
public sealed class SignUpTests
{
    private static KeyValuePair<string, string>[] Valid(string email) =>
    [
        Field("name", "Li Wei"), Field("telephone", "138 0013 8000"), Field("email", email),
        Field("scopes", "intelligent_driving"), Field("scopes", "electrification"),
        Field("consent", "marketing.interest_news"),
    ];

    [Fact]
    public async Task A_sign_up_stores_the_declared_categories_and_a_consent_record_per_purpose_naming_the_notice_shown()
    {
        await using var site = await SiteServer.StartAsync();
        using var visitor = site.Visitor();

        var page = await visitor.SubmitAsync("/sites/corporate/sign-up?lang=en", Valid("li.wei@example.cn"));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Thank you for signing up", page.Html, StringComparison.Ordinal);
        var subject = await Stored.SubjectByEmailAsync(site.Server, "li.wei@example.cn");
        Assert.Equal("marketing_contact", (await Stored.SubjectAsync(site.Server, subject))!.Kind);
        var data = await Stored.ReadAsync(site.Server, subject, ["identity", "contact", "interests"]);
        Assert.Equal(new Dictionary<string, string>
        {
            ["identity.name"] = "Li Wei",
            ["contact.telephone"] = "+8613800138000",
            ["contact.email"] = "li.wei@example.cn",
            ["interests.scopes"] = "intelligent_driving,electrification",
        }, data);
        var consents = await Stored.ConsentsAsync(site.Server, subject);
        Assert.Equal(new Dictionary<string, ConsentStatus>
        {
            ["marketing.interest_news"] = ConsentStatus.Given,
            ["marketing.third_party"] = ConsentStatus.Refused,
            ["marketing.email_tracking"] = ConsentStatus.Refused,
        }, consents.ToDictionary(c => c.Purpose, c => c.Status));
        Assert.All(consents, c => Assert.Equal(("en", ConsentChannel.Form), (c.Language, c.Channel)));
        var shown = SiteVisitor.Hidden(await visitor.GetAsync("/sites/corporate/sign-up")).Single(h => h.Key == "notice_version").Value;
        Assert.All(consents, c => Assert.Equal(shown, c.NoticeVersion));
        var mail = await site.Smtp.WaitForAsync("li.wei@example.cn");
        Assert.Equal("You signed up for our news", mail.Subject);
    }

    [Fact]
    public async Task Posting_the_same_form_twice_stores_one_subject()
    {
        await using var site = await SiteServer.StartAsync();
        using var visitor = site.Visitor();
        var form = await visitor.GetAsync("/sites/europe/sign-up");
        KeyValuePair<string, string>[] fields = [.. SiteVisitor.Hidden(form), .. Valid("twice@example.eu")];

        var first = await visitor.PostAsync("/sites/europe/sign-up", fields);
        var second = await visitor.PostAsync("/sites/europe/sign-up", fields);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.Status, second.Status));
        Assert.Contains("Thank you for signing up", second.Html, StringComparison.Ordinal);
        await Stored.SubjectByEmailAsync(site.Server, "twice@example.eu"); // exactly one
        Assert.Equal(1, await Stored.SubjectCountAsync(site.Server));
        Assert.Equal(3, await Stored.ConsentCountAsync(site.Server));
    }
}

using System.Net;
using Steward.Core.Collection;
using Steward.Sites;
using static Steward.Tests.Staff.ConsoleBrowser;

namespace Steward.Tests.Sites;

/// <summary>Each form refuses bad submissions with a message beside the field, in the visitor's
/// language (every other case in Chinese), and stores nothing: no subject, no consent record.</summary>
public sealed class BadSubmissionTests
{
    private static readonly string Script = "<script>alert(1)</script>";

    /// <summary>One bad submission: what to change in a valid form, and the field and problem expected.</summary>
    public sealed record BadForm(string Name, Action<Dictionary<string, List<string>>> Spoil, string Field, FieldProblem Problem, int? Limit = null);

    private static Dictionary<string, List<string>> ValidSignUp() => new()
    {
        ["name"] = ["Wang Fang"], ["telephone"] = ["13800138000"], ["email"] = ["wang.fang@example.cn"],
        ["scopes"] = ["rail_transit"], ["consent"] = ["marketing.interest_news"],
    };

    private static Dictionary<string, List<string>> ValidRegistration() => new()
    {
        ["name"] = ["Anna Schmidt"], ["company"] = ["Beispiel GmbH"], ["email"] = ["anna@example.de"], ["telephone"] = ["+49 30 901820"],
        ["login_id"] = ["anna.s"], ["password"] = ["a long enough password"], ["birth_year"] = ["1990"],
    };

    public static readonly BadForm[] SignUpCases =
    [
        new("missing name", f => f.Remove("name"), "name", FieldProblem.Required),
        new("blank name", f => f["name"] = ["   "], "name", FieldProblem.Required),
        new("oversized name", f => f["name"] = [new string('x', 101)], "name", FieldProblem.TooLong, 100),
        new("script tag in name", f => f["name"] = [Script], "name", FieldProblem.Markup),
        new("image tag in name", f => f["name"] = ["<img src=x onerror=alert(1)>"], "name", FieldProblem.Markup),
        new("javascript url in name", f => f["name"] = ["javascript:alert(1)"], "name", FieldProblem.Markup),
        new("control character in name", f => f["name"] = ["Wang\u0007Fang"], "name", FieldProblem.ControlCharacters),
        new("missing email", f => f.Remove("email"), "email", FieldProblem.Required),
        new("email without @", f => f["email"] = ["wang.fang.example.cn"], "email", FieldProblem.NotAnEmail),
        new("email without a dotted domain", f => f["email"] = ["wang@localhost"], "email", FieldProblem.NotAnEmail),
        new("email with a display name", f => f["email"] = ["Wang <wang@example.cn>"], "email", FieldProblem.NotAnEmail),
        new("two emails", f => f["email"] = ["a@example.cn, b@example.cn"], "email", FieldProblem.NotAnEmail),
        new("oversized email", f => f["email"] = [new string('a', 250) + "@example.cn"], "email", FieldProblem.TooLong, 254),
        new("too short telephone", f => f["telephone"] = ["12345"], "telephone", FieldProblem.NotATelephone),
        new("letters for a telephone", f => f["telephone"] = ["call me maybe"], "telephone", FieldProblem.NotATelephone),
        new("telephone that cannot exist", f => f["telephone"] = ["+86 100 0000 0000"], "telephone", FieldProblem.NotATelephone),
        new("oversized telephone", f => f["telephone"] = [new string('1', 33)], "telephone", FieldProblem.TooLong, 32),
        new("no field of interest", f => f.Remove("scopes"), "scopes", FieldProblem.Required),
        new("unknown field of interest", f => f["scopes"] = ["weapons"], "scopes", FieldProblem.NotAChoice),
        new("script as a field of interest", f => f["scopes"] = [Script], "scopes", FieldProblem.NotAChoice),
        new("more fields than exist", f => f["scopes"] = [.. Enumerable.Range(0, 11).Select(i => "scope" + i)], "scopes", FieldProblem.TooManyValues),
        new("missing consent to the news", f => f.Remove("consent"), FormValidator.ConsentField("marketing.interest_news"), FieldProblem.ConsentRequired),
        new("consent to another purpose only", f => f["consent"] = ["marketing.third_party"], FormValidator.ConsentField("marketing.interest_news"), FieldProblem.ConsentRequired),
    ];

    public static readonly BadForm[] RegistrationCases =
    [
        new("missing name", f => f.Remove("name"), "name", FieldProblem.Required),
        new("oversized name", f => f["name"] = [new string('x', 101)], "name", FieldProblem.TooLong, 100),
        new("script tag in company", f => f["company"] = [Script], "company", FieldProblem.Markup),
        new("oversized company", f => f["company"] = [new string('c', 201)], "company", FieldProblem.TooLong, 200),
        new("control character in company", f => f["company"] = ["Beispiel\u0001GmbH"], "company", FieldProblem.ControlCharacters),
        new("missing email", f => f.Remove("email"), "email", FieldProblem.Required),
        new("bad email", f => f["email"] = ["anna@@example.de"], "email", FieldProblem.NotAnEmail),
        new("missing telephone", f => f.Remove("telephone"), "telephone", FieldProblem.Required),
        new("bad telephone", f => f["telephone"] = ["+49 1"], "telephone", FieldProblem.NotATelephone),
        new("missing log-in id", f => f.Remove("login_id"), "login_id", FieldProblem.Required),
        new("markup in log-in id", f => f["login_id"] = ["<b>anna</b>"], "login_id", FieldProblem.Markup),
        new("oversized log-in id", f => f["login_id"] = [new string('l', 65)], "login_id", FieldProblem.TooLong, 64),
        new("missing password", f => f.Remove("password"), "password", FieldProblem.Required),
        new("short password", f => f["password"] = ["short"], "password", FieldProblem.TooShort, FormValidator.MinPasswordLength),
        new("oversized password", f => f["password"] = [new string('p', 129)], "password", FieldProblem.TooLong, 128),
        new("missing year of birth", f => f.Remove("birth_year"), "birth_year", FieldProblem.Required),
        new("words for a year", f => f["birth_year"] = ["nineteen ninety"], "birth_year", FieldProblem.NotADate),
        new("a date that does not exist", f => f["birth_year"] = ["2001-02-30"], "birth_year", FieldProblem.NotADate),
        new("a date written day first", f => f["birth_year"] = ["31/05/2001"], "birth_year", FieldProblem.NotADate),
        new("a year in the future", f => f["birth_year"] = ["2999"], "birth_year", FieldProblem.DateInFuture),
        new("a date in the future", f => f["birth_year"] = ["2999-01-01"], "birth_year", FieldProblem.DateInFuture),
        new("a year before 1900", f => f["birth_year"] = ["1850"], "birth_year", FieldProblem.DateTooEarly),
        new("a juvenile without a guardian", f => f["birth_year"] = ["2020"], "guardian_email", FieldProblem.Required),
        new("a juvenile naming themselves as guardian", f => { f["birth_year"] = ["2020"]; f["guardian_email"] = ["anna@example.de"]; }, "guardian_email", FieldProblem.NotAChoice),
        new("a juvenile with a bad guardian email", f => { f["birth_year"] = ["2020"]; f["guardian_email"] = ["mum at home"]; }, "guardian_email", FieldProblem.Required),
    ];

    [Fact]
    public async Task The_sign_up_form_refuses_each_bad_submission_beside_the_field_and_stores_nothing() =>
        await RefusesEachAsync("/sites/corporate/sign-up", ValidSignUp, SignUpCases, "Thank you for signing up");

    [Fact]
    public async Task The_registration_form_refuses_each_bad_submission_beside_the_field_and_stores_nothing() =>
        await RefusesEachAsync("/sites/europe/register", ValidRegistration, RegistrationCases, "Check your email");

    [Fact]
    public async Task A_form_without_its_hidden_key_or_antiforgery_token_is_refused_and_stores_nothing()
    {
        await using var site = await SiteServer.StartAsync();
        using var visitor = site.Visitor();
        var form = await visitor.GetAsync("/sites/corporate/sign-up");
        var fields = ValidSignUp().SelectMany(f => f.Value.Select(v => Field(f.Key, v))).ToList();

        var noKey = await visitor.PostAsync("/sites/corporate/sign-up", [.. SiteVisitor.Hidden(form).Where(h => h.Key != CollectionForms.KeyField), .. fields]);
        var noToken = await visitor.PostAsync("/sites/corporate/sign-up", [.. SiteVisitor.Hidden(form).Where(h => h.Key != "__RequestVerificationToken"), .. fields]);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, noKey.Status);
        Assert.Contains(SiteText.En.ErrorSummary, noKey.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, noToken.Status);
        Assert.Equal((0, 0), (await Stored.SubjectCountAsync(site.Server), await Stored.ConsentCountAsync(site.Server)));
    }

    private static async Task RefusesEachAsync(string path, Func<Dictionary<string, List<string>>> valid, BadForm[] cases, string success)
    {
        Assert.True(cases.Length >= 20);
        await using var site = await SiteServer.StartAsync();
        using var visitor = site.Visitor();
        var failures = new List<string>();
        for (var i = 0; i < cases.Length; i++)
        {
            var bad = cases[i];
            var language = i % 2 == 0 ? "en" : "zh-CN";
            var fields = valid();
            bad.Spoil(fields);
            Page page;
            try { page = await visitor.SubmitAsync($"{path}?lang={language}", fields.SelectMany(f => f.Value.Select(v => Field(f.Key, v)))); }
            catch (HttpRequestException e) { failures.Add($"{bad.Name} ({language}): {e.Message}"); continue; }
            var text = SiteText.In(language);
            var expected = bad.Field == "guardian_email"
                ? bad.Problem == FieldProblem.NotAChoice ? text.GuardianNotSelf : text.GuardianNeeded(16)
                : text.Problem(bad.Problem, bad.Limit);
            var id = bad.Field.StartsWith("consent:", StringComparison.Ordinal) ? "c-" + bad.Field["consent:".Length..].Replace('.', '-') + "-error" : $"f-{bad.Field}-error";
            string? shown;
            try { shown = page.Element(id); } catch (InvalidOperationException) { shown = null; }
            if (page.Status != HttpStatusCode.UnprocessableEntity || shown != expected || page.Html.Contains(success, StringComparison.Ordinal))
                failures.Add($"{bad.Name} ({language}): {page.Status}, beside {bad.Field}: '{shown}' instead of '{expected}'");
        }
        Assert.Empty(failures);
        Assert.Equal((0, 0), (await Stored.SubjectCountAsync(site.Server), await Stored.ConsentCountAsync(site.Server)));
        Assert.Empty(site.Smtp.Messages);

        // The valid form, for contrast, goes through.
        var ok = await visitor.SubmitAsync(path, valid().SelectMany(f => f.Value.Select(v => Field(f.Key, v))));
        Assert.Contains(success, ok.Html, StringComparison.Ordinal);
    }
}

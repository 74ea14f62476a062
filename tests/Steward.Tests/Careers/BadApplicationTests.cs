using System.Net;
using Steward.Core.Careers;
using Steward.Tests.Infrastructure;
using static Steward.Tests.Careers.ApplicantBrowser;

namespace Steward.Tests.Careers;

/// <summary>One Steward with one open posting, shared by the rows of the table below.</summary>
public sealed class OpenPostingFixture : IAsyncLifetime
{
    internal StewardServer Server { get; private set; } = null!;
    internal JobPosting Posting { get; private set; } = null!;
    internal Steward.Tests.Vault.CapturingLoggerProvider Logs { get; } = new();

    public async Task InitializeAsync()
    {
        Server = await StewardServer.StartAsync(settings: new Dictionary<string, string?> { ["Steward:Careers:ApplyPermitLimit"] = "100000" },
            services: s => Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions.AddSingleton<Microsoft.Extensions.Logging.ILoggerProvider>(s, Logs));
        Posting = await CareersHarness.CreatePostingAsync(Server);
    }

    public async Task DisposeAsync() => await Server.DisposeAsync();
}

/// <summary>Each kind of bad application is refused with a clear message beside the field it concerns,
/// in the visitor's language, and stores nothing at all: no subject, no field, no application, no consent.</summary>
public sealed class BadApplicationTests(OpenPostingFixture site) : IClassFixture<OpenPostingFixture>
{
    private static readonly Upload GoodPdf = new("cv.pdf", "application/pdf", TestDocuments.Pdf("Li Lei", "Embedded software engineer"));

    /// <summary>Name of the case, the fields changed (null leaves a field out), the file, the field the
    /// message stands beside, and words of the English message.</summary>
    public static TheoryData<string, Dictionary<string, string?>, Upload?, string, string> Cases() => new()
    {
        { "name missing", new() { ["name"] = "" }, null, "name", "Please fill this in" },
        { "name left out of the post", new() { ["name"] = null }, null, "name", "Please fill this in" },
        { "name too long", new() { ["name"] = new string('x', 101) }, null, "name", "at most 100 characters" },
        { "self-evaluation too long", new() { ["self_evaluation"] = new string('y', 2001) }, null, "self_evaluation", "at most 2000 characters" },
        { "script tag in the name", new() { ["name"] = "<script>alert(1)</script>" }, null, "name", "remove the HTML or script markup" },
        { "markup in the skills", new() { ["professional_skills"] = "<img src=x onerror=alert(1)>" }, null, "professional_skills", "remove the HTML or script markup" },
        { "control characters", new() { ["address"] = "Beijing\u0000\u0007" }, null, "address", "invisible control characters" },
        { "bad telephone", new() { ["telephone"] = "12345" }, null, "telephone", "not a telephone number" },
        { "letters for a telephone", new() { ["telephone"] = "call me maybe" }, null, "telephone", "not a telephone number" },
        { "bad email", new() { ["email"] = "li.lei@" }, null, "email", "not an email address" },
        { "email with a display name", new() { ["email"] = "Li <li@example.com>" }, null, "email", "remove the HTML or script markup" },
        { "gender not offered", new() { ["gender"] = "robot" }, null, "gender", "choose one of the options" },
        { "unknown nationality", new() { ["nationality"] = "XX" }, null, "nationality", "choose one of the options" },
        { "birth date in the future", new() { ["birth_date"] = "2999-01-01" }, null, "birth_date", "in the future" },
        { "birth date not a date", new() { ["birth_date"] = "18/03/1994" }, null, "birth_date", "a year (1990) or a date" },
        { "too young to apply", new() { ["birth_date"] = DateTime.UtcNow.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) }, null, "birth_date", "at least 16" },
        { "birth year before 1900", new() { ["birth_date"] = "1850" }, null, "birth_date", "before 1900" },
        { "education ends before it starts", new() { ["education-0-education_end"] = "2015-01-01" }, null, "education-0-education_end", "end is before the start" },
        { "education starts in the future", new() { ["education-0-education_start"] = "2999-09-01" }, null, "education-0-education_start", "in the future" },
        { "work date not a date", new() { ["work_experience-0-work_start"] = "last spring" }, null, "work_experience-0-work_start", "YYYY-MM-DD" },
        { "work entry without its employer", new() { ["work_experience-0-employer"] = "" }, null, "work_experience-0-employer", "Please fill this in" },
        { "too many education entries", new() { ["education-count"] = "11" }, null, "education", "At most 10 entries" },
        { "degree not offered", new() { ["education-0-degree"] = "wizard" }, null, "education-0-degree", "choose one of the options" },
        { "notice not acknowledged", new() { ["acknowledge"] = null }, null, "acknowledge", "confirm that you have read" },
        { "consent to a purpose the form does not ask", new() { ["consent"] = Many("recruitment.talent_pool", "marketing.contact") }, null, "consents", "does not offer" },
        { "notice version that is not the one in force", new() { ["notice"] = "0000000000000000" }, null, "notice", "privacy notice changed" },
        { "forged submission key", new() { ["submission"] = "not-a-key" }, null, "submission", "out of date" },
        { "an executable named .pdf", new(), new Upload("cv.pdf", "application/pdf", TestDocuments.Executable()), "resume", "not a PDF or Word" },
        { "a zip named .docx", new(), new Upload("cv.docx", ResumeInspector.DocxType, TestDocuments.PlainZip()), "resume", "could not be read" },
        { "a PDF header on noise", new(), new Upload("cv.pdf", "application/pdf", TestDocuments.BrokenPdf()), "resume", "could not be read" },
        { "a PDF bomb", new(), new Upload("cv.pdf", "application/pdf", TestDocuments.PdfBomb()), "resume", "expands to far more" },
        { "a DOCX zip bomb", new(), new Upload("cv.docx", ResumeInspector.DocxType, TestDocuments.DocxBomb()), "resume", "expands to far more" },
        { "a file over 10 MB", new(), new Upload("cv.pdf", "application/pdf", [.. "%PDF-1.7\n"u8, .. new byte[ResumeInspector.MaxBytes]]), "resume", "larger than 10 MB" },
        { "an empty file", new(), new Upload("cv.pdf", "application/pdf", []), "resume", "The file is empty" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_bad_application_is_refused_beside_the_field_and_stores_nothing(string kind, Dictionary<string, string?> changes, Upload? file, string field, string message)
    {
        var before = await CareersHarness.CountAsync(site.Server);
        using var applicant = new ApplicantBrowser(site.Server);
        var fields = CareersHarness.ValidFields();
        foreach (var (key, value) in changes) fields[key] = value;
        var form = await applicant.GetAsync(CareersHarness.FormPath(site.Posting));
        if (changes.TryGetValue("notice", out var notice) || changes.TryGetValue("submission", out notice))
        {
            // Hidden fields the page gave are overridden by the case.
            fields["__RequestVerificationToken"] = form.Hidden("__RequestVerificationToken");
            fields["submission"] = changes.GetValueOrDefault("submission") ?? form.Hidden("submission");
            fields["notice"] = changes.GetValueOrDefault("notice") ?? form.Hidden("notice");
            form = form with { Html = "" };
        }

        var answer = form.Html.Length == 0
            ? await applicant.PostAsync(CareersHarness.FormPath(site.Posting), fields, file)
            : await applicant.ApplyAsync(CareersHarness.FormPath(site.Posting), fields, file, form);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.StartsWith(CareersHarness.FormPath(site.Posting), answer.Path, StringComparison.Ordinal); // still on the form
        var beside = answer.ErrorBeside(field);
        Assert.True(beside is not null, $"{kind}: no message beside {field}");
        Assert.Contains(message, beside, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("id=\"error-summary\"", answer.Html, StringComparison.Ordinal);
        Assert.Equal(before, await CareersHarness.CountAsync(site.Server));
    }

    [Fact]
    public async Task A_good_application_next_to_the_bad_ones_is_stored_so_the_table_can_tell_them_apart()
    {
        var before = await CareersHarness.CountAsync(site.Server);
        using var applicant = new ApplicantBrowser(site.Server);

        var answer = await applicant.ApplyAsync(CareersHarness.FormPath(site.Posting), CareersHarness.ValidFields("good@example.com"), GoodPdf);

        Assert.True(answer.Path.Contains("/received?reference=", StringComparison.Ordinal), $"{answer.Status} {answer.Problems()} {string.Join("\n", site.Logs.Entries.Where(e => e.Exception is not null).Select(e => e.Text))}");
        var after = await CareersHarness.CountAsync(site.Server);
        Assert.Equal(before.Subjects + 1, after.Subjects);
        Assert.Equal(before.Applications + 1, after.Applications);
    }

    [Fact]
    public async Task The_messages_are_in_chinese_for_a_chinese_visitor()
    {
        var before = await CareersHarness.CountAsync(site.Server);
        using var applicant = new ApplicantBrowser(site.Server, "zh-CN");
        var fields = CareersHarness.ValidFields();
        (fields["telephone"], fields["name"], fields["acknowledge"]) = ("12345", "", null);

        var answer = await applicant.ApplyAsync(CareersHarness.FormPath(site.Posting), fields, new Upload("简历.pdf", "application/pdf", TestDocuments.PdfBomb()));

        Assert.Equal("这不是有效的电话号码。中国大陆号码按平时拨打的方式填写，其他号码请加国家或地区代码（+44 ……）。", answer.ErrorBeside("telephone"));
        Assert.Equal("请填写此项。", answer.ErrorBeside("name"));
        Assert.Equal("请确认您已阅读申请信息的使用方式。", answer.ErrorBeside("acknowledge"));
        Assert.Contains("已被拒绝", answer.ErrorBeside("resume"), StringComparison.Ordinal);
        Assert.Contains("申请未提交", answer.Html, StringComparison.Ordinal);
        Assert.Equal(before, await CareersHarness.CountAsync(site.Server));
    }
}

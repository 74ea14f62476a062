using Microsoft.Playwright;
using Steward.Core.Careers;
using Steward.Core.Consent;
using Steward.Tests.Infrastructure;

namespace Steward.Tests.Careers;

/// <summary>A person applies in a real Chromium, in English with a PDF résumé and in Chinese with a
/// Word one: the vault holds what they typed (telephone in E.164) and the résumé's text and file, the
/// consent record names the notice version shown and the language, and a receipt arrives by email.</summary>
public sealed class ApplicationBrowserTests
{
    [Fact]
    public async Task An_applicant_fills_the_form_in_english_with_a_pdf_and_everything_lands_in_the_vault()
    {
        await using var smtp = SmtpTestServer.Start();
        await using var server = await StewardServer.StartAsync(settings: smtp.Settings());
        var posting = await CareersHarness.CreatePostingAsync(server);
        var resume = TestDocuments.Pdf("Li Lei - curriculum vitae", "AUTOSAR, ISO 26262, brake-by-wire");
        var file = Path.Combine(Path.GetTempPath(), $"li-lei-{Guid.NewGuid():n}.pdf");
        await File.WriteAllBytesAsync(file, resume);
        await using var context = await Infrastructure.Browser.NewContextAsync(server.Address, "en-GB");
        var page = await context.NewPageAsync();

        await page.GotoAsync("/sites/careers/careers");
        await page.GetByRole(AriaRole.Link, new() { Name = "Apply for this position: Embedded software engineer" }).ClickAsync();
        Assert.Empty(await Infrastructure.Browser.SeriousAccessibilityProblemsAsync(page));
        Assert.True(await page.GetByRole(AriaRole.Link, new() { Name = "Read the full privacy notice" }).IsVisibleAsync());
        Assert.False(await page.Locator("#consent-recruitment\\.talent_pool").IsCheckedAsync()); // unticked until the person ticks it

        // A first try without the essentials: messages beside the fields, and still accessible.
        await page.GetByRole(AriaRole.Button, new() { Name = "Send application" }).ClickAsync();
        Assert.Equal("Please fill this in.", await page.Locator("#name-error").TextContentAsync());
        Assert.Contains("name-error", await page.Locator("#name").GetAttributeAsync("aria-describedby"));
        Assert.Empty(await Infrastructure.Browser.SeriousAccessibilityProblemsAsync(page));

        await page.GetByLabel("Full name").FillAsync("Li Lei");
        await page.GetByLabel("Gender").SelectOptionAsync(new SelectOptionValue { Label = "Male" });
        await page.GetByLabel("Date or year of birth").FillAsync("1994-03-18");
        await page.GetByLabel("Nationality").SelectOptionAsync(new SelectOptionValue { Label = "China" });
        await page.GetByLabel("Address *", new() { Exact = true }).FillAsync("No. 14 Jiuxianqiao Road, Chaoyang District, Beijing");
        await page.GetByLabel("Marital status").SelectOptionAsync(new SelectOptionValue { Label = "Single" });
        await page.GetByLabel("Telephone number").FillAsync("138 0013 8000");
        await page.GetByLabel("Email address").FillAsync("li.lei@example.com");
        await page.Locator("#family-0-family_relation").SelectOptionAsync(new SelectOptionValue { Label = "Parent" });
        await page.Locator("#family-0-family_name").FillAsync("Li Hua");
        await page.GetByLabel("Self-evaluation").FillAsync("Careful and curious.");
        await page.Locator("#education-0-school").FillAsync("Beihang University");
        await page.Locator("#education-0-degree").SelectOptionAsync(new SelectOptionValue { Label = "Master's degree" });
        await page.Locator("#education-0-major").FillAsync("Vehicle engineering");
        await page.Locator("#education-0-education_start").FillAsync("2016-09-01");
        await page.Locator("#education-0-education_end").FillAsync("2019-07-01");
        // A second education entry, through the button that works without JavaScript.
        await page.GetByRole(AriaRole.Button, new() { Name = "Add another entry: Education" }).ClickAsync();
        await page.Locator("#education-1-school").FillAsync("Tsinghua University");
        await page.Locator("#education-1-degree").SelectOptionAsync(new SelectOptionValue { Label = "Bachelor's degree" });
        await page.Locator("#education-1-major").FillAsync("Automation");
        await page.Locator("#education-1-education_start").FillAsync("2012-09-01");
        await page.Locator("#education-1-education_end").FillAsync("2016-07-01");
        await page.Locator("#work_experience-0-employer").FillAsync("Example Automotive");
        await page.Locator("#work_experience-0-position").FillAsync("Software engineer");
        await page.Locator("#work_experience-0-work_start").FillAsync("2019-08-01");
        await page.Locator("#project_experience-0-project_name").FillAsync("Electronic parking brake");
        await page.GetByLabel("Foreign languages (optional)").FillAsync("English (CET-6)");
        await page.GetByLabel("Résumé (PDF or Word)").SetInputFilesAsync(file);
        await page.GetByLabel("Keep my application for up to two years").CheckAsync();
        await page.GetByLabel("I have read the information above").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send application" }).ClickAsync();

        await page.WaitForURLAsync(url => url.Contains("/received", StringComparison.Ordinal));
        Assert.Contains("We have received your application for Embedded software engineer", await page.Locator("#received").TextContentAsync());
        File.Delete(file);

        var application = Assert.Single(await CareersHarness.ApplicationsAsync(server, posting.Id));
        var vault = await CareersHarness.VaultOfAsync(server, application.SubjectId);
        Assert.Equal("Li Lei", vault[("identity.name", "")]);
        Assert.Equal("+8613800138000", vault[("contact.telephone", "")]);
        Assert.Equal("CN", vault[("identity.nationality", "")]);
        Assert.Equal("Tsinghua University", vault[("application.education", "education-1-school")]);
        Assert.Equal("bachelor", vault[("application.education", "education-1-degree")]);
        Assert.Equal("Li Hua", vault[("identity.family_relations", "family-0-family_name")]);
        Assert.Equal("English (CET-6)", vault[("application.skills.languages", "")]);
        Assert.Contains("brake-by-wire", vault[("application.resume", ResumeNames.Text)], StringComparison.Ordinal);
        Assert.Equal(resume, Convert.FromBase64String(vault[("application.resume", ResumeNames.File)]));
        Assert.Equal(ResumeInspector.PdfType, vault[("application.resume", ResumeNames.Type)]);
        Assert.False(vault.ContainsKey(("application.skills.computer", ""))); // left empty, so not stored
        // Only categories the collection point declares.
        var declared = ApplicationFormCategories();
        Assert.All(vault.Keys, k => Assert.Contains(k.Category, declared));

        var consent = Assert.Single(await CareersHarness.ConsentsOfAsync(server, application.SubjectId));
        Assert.Equal(("recruitment.talent_pool", ConsentStatus.Given, ConsentChannel.Form), (consent.Purpose, consent.Status, consent.Channel));
        Assert.Equal(CareersHarness.CurrentNoticeVersion(server), consent.NoticeVersion);
        Assert.Equal("en", consent.Language);

        var receipt = await smtp.WaitForAsync("li.lei@example.com");
        Assert.Equal("We received your application: Embedded software engineer", receipt.Subject);
        Assert.Contains(application.Id.ToString("n")[..10].ToUpperInvariant(), receipt.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_applicant_fills_the_form_in_chinese_with_a_word_file_and_declines_the_talent_pool()
    {
        await using var smtp = SmtpTestServer.Start();
        await using var server = await StewardServer.StartAsync(settings: smtp.Settings());
        var posting = await CareersHarness.CreatePostingAsync(server);
        var resume = TestDocuments.Docx("韩梅梅 个人简历", "熟悉 AUTOSAR 与功能安全");
        await using var context = await Infrastructure.Browser.NewContextAsync(server.Address, "zh-CN");
        var page = await context.NewPageAsync();

        await page.GotoAsync("/sites/careers/careers");
        await page.GetByRole(AriaRole.Link, new() { Name = "申请该职位: 嵌入式软件工程师" }).ClickAsync();
        Assert.Equal("zh-CN", await page.GetAttributeAsync("html", "lang"));
        Assert.Equal("申请：嵌入式软件工程师", await page.Locator("h1").TextContentAsync());
        Assert.Empty(await Infrastructure.Browser.SeriousAccessibilityProblemsAsync(page));

        await page.GetByLabel("姓名").First.FillAsync("韩梅梅");
        await page.GetByLabel("性别").SelectOptionAsync(new SelectOptionValue { Label = "女" });
        await page.GetByLabel("出生日期或年份").FillAsync("1996");
        await page.GetByLabel("国籍").SelectOptionAsync(new SelectOptionValue { Label = "中国" });
        await page.GetByLabel("通讯地址").FillAsync("上海市浦东新区世纪大道 100 号");
        await page.GetByLabel("婚姻状况").SelectOptionAsync(new SelectOptionValue { Label = "已婚" });
        await page.GetByLabel("电话号码").FillAsync("+44 20 7946 0958");
        await page.GetByLabel("电子邮箱").FillAsync("han.meimei@example.cn");
        await page.GetByLabel("自我评价").FillAsync("认真负责，善于沟通。");
        await page.Locator("#education-0-school").FillAsync("同济大学");
        await page.Locator("#education-0-degree").SelectOptionAsync(new SelectOptionValue { Label = "本科" });
        await page.Locator("#education-0-major").FillAsync("车辆工程");
        await page.Locator("#education-0-education_start").FillAsync("2014-09-01");
        await page.Locator("#education-0-education_end").FillAsync("2018-07-01");
        await page.GetByLabel("计算机技能（选填）").FillAsync("C 语言、Python");
        await page.GetByLabel("简历附件（PDF 或 Word 格式）").SetInputFilesAsync(new FilePayload { Name = "韩梅梅简历.docx", MimeType = ResumeInspector.DocxType, Buffer = resume });
        await page.GetByLabel("我已阅读上述关于申请信息使用方式的说明").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "提交申请" }).ClickAsync();

        await page.WaitForURLAsync(url => url.Contains("/received", StringComparison.Ordinal));
        Assert.Contains("我们已收到您对“嵌入式软件工程师”职位的申请", await page.Locator("#received").TextContentAsync());

        var application = Assert.Single(await CareersHarness.ApplicationsAsync(server, posting.Id));
        Assert.Equal("zh-CN", application.Language);
        var vault = await CareersHarness.VaultOfAsync(server, application.SubjectId);
        Assert.Equal("韩梅梅", vault[("identity.name", "")]);
        Assert.Equal("+442079460958", vault[("contact.telephone", "")]);
        Assert.Equal("1996", vault[("identity.birth_date", "")]);
        Assert.Contains("熟悉 AUTOSAR 与功能安全", vault[("application.resume", ResumeNames.Text)], StringComparison.Ordinal);
        Assert.Equal(resume, Convert.FromBase64String(vault[("application.resume", ResumeNames.File)]));
        Assert.Equal("韩梅梅简历.docx", vault[("application.resume", ResumeNames.FileName)]);
        Assert.DoesNotContain(vault.Keys, k => k.Category == "identity.family_relations"); // the empty family block is not stored

        var consent = Assert.Single(await CareersHarness.ConsentsOfAsync(server, application.SubjectId));
        Assert.Equal(("recruitment.talent_pool", ConsentStatus.Refused), (consent.Purpose, consent.Status));
        Assert.Equal(CareersHarness.CurrentNoticeVersion(server), consent.NoticeVersion);
        Assert.Equal("zh-CN", consent.Language);

        var receipt = await smtp.WaitForAsync("han.meimei@example.cn");
        Assert.Equal("我们已收到您的申请：嵌入式软件工程师", receipt.Subject);
        Assert.Equal("zh-CN", receipt.Body!.Headers[MimeKit.HeaderId.ContentLanguage]);
    }

    private static HashSet<string> ApplicationFormCategories()
    {
        var point = Core.Catalogue.LoadedCatalogue.Load(null).Policy.CollectionPoints.Single(c => c.Id == "job_application");
        return [.. point.Fields.SelectMany(f => f.Fields.Count > 0 ? f.Fields : [f]).Select(f => f.Category!)];
    }
}

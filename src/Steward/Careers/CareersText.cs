using System.Globalization;
using Steward.Core.Careers;
using Steward.Hosting;

namespace Steward.Careers;

/// <summary>The words of the careers pages (site and Console) in one language. Every member is
/// required, so a page cannot ship with a missing translation. Texts with {0} are formats.</summary>
public sealed record CareersText
{
    public required string Careers { get; init; }
    public required string OpenPositions { get; init; }
    public required string NoOpenings { get; init; }
    public required string ApplyLink { get; init; }
    public required string ApplyTitle { get; init; }
    public required string AboutYourData { get; init; }
    public required string NoticeLink { get; init; }
    public required string RequiredMarked { get; init; }
    public required string Entry { get; init; }
    public required string AddAnother { get; init; }
    public required string ChooseOne { get; init; }
    public required string YearOrDateHint { get; init; }
    public required string TelephoneHint { get; init; }
    public required string ResumeHint { get; init; }
    public required string EntryHint { get; init; }
    public required string ConsentsLegend { get; init; }
    public required string ConsentsHint { get; init; }
    public required string Acknowledge { get; init; }
    public required string Submit { get; init; }
    public required string ErrorSummary { get; init; }
    public required string ReceivedTitle { get; init; }
    public required string ReceivedBody { get; init; }
    public required string BackToPositions { get; init; }
    public required string EmailSubject { get; init; }
    public required string EmailBody { get; init; }
    public required IReadOnlyDictionary<FormProblem, string> Problems { get; init; }

    public required string PostingsTitle { get; init; }
    public required string PostingsIntro { get; init; }
    public required string NewPosting { get; init; }
    public required string EditPosting { get; init; }
    public required string TitleEn { get; init; }
    public required string TitleZh { get; init; }
    public required string DescriptionEn { get; init; }
    public required string DescriptionZh { get; init; }
    public required string Site { get; init; }
    public required string OpenForApplications { get; init; }
    public required string Create { get; init; }
    public required string Save { get; init; }
    public required string Saved { get; init; }
    public required string Status { get; init; }
    public required string StatusOpen { get; init; }
    public required string StatusClosed { get; init; }
    public required string NoPostings { get; init; }
    public required string Edit { get; init; }
    public required string PostingTitleRequired { get; init; }
    public required string PostingTooLong { get; init; }
    public required string PostingSiteInvalid { get; init; }
    public required string ApplicationsTitle { get; init; }
    public required string ApplicationsIntro { get; init; }
    public required string NoApplications { get; init; }
    public required string Posting { get; init; }
    public required string Reference { get; init; }
    public required string Received { get; init; }
    public required string Open { get; init; }
    public required string ApplicationTitle { get; init; }
    public required string Resume { get; init; }
    public required string DownloadResume { get; init; }
    public required string NoResume { get; init; }
    public required string ResumeText { get; init; }
    public required string TalentPool { get; init; }
    public required string Yes { get; init; }
    public required string No { get; init; }
    public required string GateRefused { get; init; }
    public required string NoticeShown { get; init; }

    public static CareersText Current => For(Localization.Current);

    public static CareersText For(string language) => language == "zh-CN" ? Zh : En;

    public string Problem(FormError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return string.Format(CultureInfo.InvariantCulture, Problems[error.Problem], error.Limit);
    }

    public static string Format(string format, params object[] args) => string.Format(CultureInfo.InvariantCulture, format, args);

    public static readonly CareersText En = new()
    {
        Careers = "Careers",
        OpenPositions = "Open positions",
        NoOpenings = "There are no open positions on this site at the moment.",
        ApplyLink = "Apply for this position",
        ApplyTitle = "Apply: {0}",
        AboutYourData = "About the information you give here",
        NoticeLink = "Read the full privacy notice",
        RequiredMarked = "Fields marked * are required.",
        Entry = "{0} {1}",
        AddAnother = "Add another entry: {0}",
        ChooseOne = "Choose…",
        YearOrDateHint = "A year (1990) or a date (1990-05-17).",
        TelephoneHint = "A mainland China number as you dial it, or any other with its country code, such as +44 20 7946 0958.",
        ResumeHint = "Optional. A PDF or Word (.docx) file of at most 10 MB. If this form comes back with a problem, choose the file again.",
        EntryHint = "Leave a block empty if you do not need it.",
        ConsentsLegend = "Your choice",
        ConsentsHint = "Optional, and separate from your application: leaving it unticked does not count against you.",
        Acknowledge = "I have read the information above about how my application is used. *",
        Submit = "Send application",
        ErrorSummary = "The application was not sent. Please correct the problems marked below ({0}).",
        ReceivedTitle = "Application received",
        ReceivedBody = "Thank you. We have received your application for {0}. Your reference is {1}.",
        BackToPositions = "Back to the open positions",
        EmailSubject = "We received your application: {0}",
        EmailBody = "Thank you for applying for {0}.\n\nYour reference is {1}. Our recruiters will be in touch if your profile fits the position.\n\nYou can ask to see, correct or delete your information at any time by answering this message.",
        Problems = new Dictionary<FormProblem, string>
        {
            [FormProblem.Required] = "Please fill this in.",
            [FormProblem.TooLong] = "Please shorten this to at most {0} characters.",
            [FormProblem.Markup] = "Please remove the HTML or script markup (such as <script>); plain text only.",
            [FormProblem.ControlCharacters] = "This contains invisible control characters; please type it again.",
            [FormProblem.InvalidEmail] = "This is not an email address, such as name@example.com.",
            [FormProblem.InvalidTelephone] = "This is not a telephone number. Write a mainland China number as you dial it, or another with its country code (+44 ...).",
            [FormProblem.InvalidChoice] = "Please choose one of the options offered.",
            [FormProblem.InvalidDate] = "Please give a date as YYYY-MM-DD.",
            [FormProblem.InvalidYearOrDate] = "Please give a year (1990) or a date (1990-05-17).",
            [FormProblem.DateInFuture] = "This date lies in the future.",
            [FormProblem.DateTooEarly] = "This date is before 1900.",
            [FormProblem.DateTooFar] = "This date lies more than ten years ahead.",
            [FormProblem.EndBeforeStart] = "The end is before the start.",
            [FormProblem.TooYoung] = "You must be at least {0} years old to apply.",
            [FormProblem.TooManyEntries] = "At most {0} entries, please.",
            [FormProblem.ResumeTooLarge] = "The file is larger than 10 MB. Please send a smaller one.",
            [FormProblem.ResumeEmpty] = "The file is empty.",
            [FormProblem.ResumeWrongType] = "The file is not a PDF or Word (.docx) document, whatever its name says.",
            [FormProblem.ResumeUnreadable] = "The file could not be read as a PDF or Word document. It may be damaged or password-protected.",
            [FormProblem.ResumeBomb] = "The file expands to far more than a résumé could hold, so it was refused. Please save it again as an ordinary PDF or Word file.",
            [FormProblem.ResumeTooManyPages] = "The file has more than {0} pages. Please send a shorter résumé.",
            [FormProblem.UnknownConsent] = "The form asked for a choice it does not offer. Please reload the page.",
            [FormProblem.AcknowledgementRequired] = "Please confirm that you have read how your application is used.",
            [FormProblem.NoticeChanged] = "Our privacy notice changed while you filled in the form. Please read the information above again and send the form once more.",
            [FormProblem.FormExpired] = "This form is out of date. Please send it again.",
        },
        PostingsTitle = "Job postings",
        PostingsIntro = "Each posting belongs to the recruiter who made it; only they see its applications.",
        NewPosting = "New posting",
        EditPosting = "Edit posting",
        TitleEn = "Title (English)",
        TitleZh = "Title (Chinese)",
        DescriptionEn = "Description (English)",
        DescriptionZh = "Description (Chinese)",
        Site = "Site",
        OpenForApplications = "Open for applications",
        Create = "Create posting",
        Save = "Save",
        Saved = "Saved.",
        Status = "Status",
        StatusOpen = "Open",
        StatusClosed = "Closed",
        NoPostings = "No postings yet.",
        Edit = "Edit",
        PostingTitleRequired = "Give the title and the description in both languages.",
        PostingTooLong = "A title has at most 200 characters and a description at most 8,000.",
        PostingSiteInvalid = "Choose a site that shows the application form.",
        ApplicationsTitle = "Applications",
        ApplicationsIntro = "Applications to your own postings. Opening one asks the purpose gate and is recorded in the audit log.",
        NoApplications = "No applications to your postings yet.",
        Posting = "Posting",
        Reference = "Reference",
        Received = "Received (UTC)",
        Open = "Open",
        ApplicationTitle = "Application {0}",
        Resume = "Résumé",
        DownloadResume = "Download the résumé",
        NoResume = "No résumé attached.",
        ResumeText = "Text of the résumé",
        TalentPool = "Keep for future openings",
        Yes = "Yes",
        No = "No",
        GateRefused = "The purpose gate refused to show this application: {0}.",
        NoticeShown = "Notice version shown",
    };

    public static readonly CareersText Zh = new()
    {
        Careers = "加入我们",
        OpenPositions = "招聘职位",
        NoOpenings = "本网站目前没有开放的职位。",
        ApplyLink = "申请该职位",
        ApplyTitle = "申请：{0}",
        AboutYourData = "关于您在此提供的信息",
        NoticeLink = "阅读完整的隐私声明",
        RequiredMarked = "带 * 的为必填项。",
        Entry = "{0} 第 {1} 条",
        AddAnother = "再添加一条：{0}",
        ChooseOne = "请选择…",
        YearOrDateHint = "填写年份（如 1990）或日期（如 1990-05-17）。",
        TelephoneHint = "中国大陆号码按平时拨打的方式填写；其他号码请加国家或地区代码，如 +44 20 7946 0958。",
        ResumeHint = "选填。PDF 或 Word（.docx）文件，不超过 10 MB。如表单因问题退回，请重新选择文件。",
        EntryHint = "不需要的栏目请留空。",
        ConsentsLegend = "您的选择",
        ConsentsHint = "选填，且与您的申请相互独立：不勾选不会对您不利。",
        Acknowledge = "我已阅读上述关于申请信息使用方式的说明。*",
        Submit = "提交申请",
        ErrorSummary = "申请未提交。请更正下方标出的问题（共 {0} 处）。",
        ReceivedTitle = "申请已提交",
        ReceivedBody = "感谢您的申请。我们已收到您对“{0}”职位的申请，申请编号为 {1}。",
        BackToPositions = "返回招聘职位",
        EmailSubject = "我们已收到您的申请：{0}",
        EmailBody = "感谢您申请“{0}”职位。\n\n您的申请编号为 {1}。如您的情况与职位相符，我们的招聘人员会与您联系。\n\n您可以随时回复本邮件，要求查阅、更正或删除您的信息。",
        Problems = new Dictionary<FormProblem, string>
        {
            [FormProblem.Required] = "请填写此项。",
            [FormProblem.TooLong] = "请缩短至 {0} 个字符以内。",
            [FormProblem.Markup] = "请删除 HTML 或脚本标记（如 <script>），只填写纯文本。",
            [FormProblem.ControlCharacters] = "此项含有不可见的控制字符，请重新输入。",
            [FormProblem.InvalidEmail] = "这不是有效的电子邮箱地址，例如 name@example.com。",
            [FormProblem.InvalidTelephone] = "这不是有效的电话号码。中国大陆号码按平时拨打的方式填写，其他号码请加国家或地区代码（+44 ……）。",
            [FormProblem.InvalidChoice] = "请从提供的选项中选择。",
            [FormProblem.InvalidDate] = "请按 YYYY-MM-DD 格式填写日期。",
            [FormProblem.InvalidYearOrDate] = "请填写年份（如 1990）或日期（如 1990-05-17）。",
            [FormProblem.DateInFuture] = "该日期晚于今天。",
            [FormProblem.DateTooEarly] = "该日期早于 1900 年。",
            [FormProblem.DateTooFar] = "该日期晚于十年之后。",
            [FormProblem.EndBeforeStart] = "结束时间早于开始时间。",
            [FormProblem.TooYoung] = "申请人须年满 {0} 周岁。",
            [FormProblem.TooManyEntries] = "最多填写 {0} 条。",
            [FormProblem.ResumeTooLarge] = "文件超过 10 MB，请上传较小的文件。",
            [FormProblem.ResumeEmpty] = "文件为空。",
            [FormProblem.ResumeWrongType] = "无论文件名如何，该文件都不是 PDF 或 Word（.docx）文档。",
            [FormProblem.ResumeUnreadable] = "无法将该文件读取为 PDF 或 Word 文档，文件可能已损坏或设有密码。",
            [FormProblem.ResumeBomb] = "该文件解压后的大小远超一份简历的正常范围，已被拒绝。请将其重新保存为普通的 PDF 或 Word 文件。",
            [FormProblem.ResumeTooManyPages] = "文件超过 {0} 页，请上传更简短的简历。",
            [FormProblem.UnknownConsent] = "表单提交了本页未提供的选项，请刷新页面。",
            [FormProblem.AcknowledgementRequired] = "请确认您已阅读申请信息的使用方式。",
            [FormProblem.NoticeChanged] = "在您填写表单期间，我们的隐私声明已更新。请重新阅读上方说明后再次提交。",
            [FormProblem.FormExpired] = "此表单已过期，请重新提交。",
        },
        PostingsTitle = "招聘职位管理",
        PostingsIntro = "每个职位归创建它的招聘专员所有，只有该专员可以查看其收到的申请。",
        NewPosting = "新建职位",
        EditPosting = "编辑职位",
        TitleEn = "职位名称（英文）",
        TitleZh = "职位名称（中文）",
        DescriptionEn = "职位描述（英文）",
        DescriptionZh = "职位描述（中文）",
        Site = "网站",
        OpenForApplications = "开放申请",
        Create = "创建职位",
        Save = "保存",
        Saved = "已保存。",
        Status = "状态",
        StatusOpen = "开放",
        StatusClosed = "已关闭",
        NoPostings = "尚无职位。",
        Edit = "编辑",
        PostingTitleRequired = "请用两种语言填写职位名称和职位描述。",
        PostingTooLong = "职位名称最多 200 个字符，职位描述最多 8000 个字符。",
        PostingSiteInvalid = "请选择显示申请表的网站。",
        ApplicationsTitle = "职位申请",
        ApplicationsIntro = "您所发布职位收到的申请。每次打开申请都会经过目的闸门，并记入审计日志。",
        NoApplications = "您发布的职位尚未收到申请。",
        Posting = "职位",
        Reference = "申请编号",
        Received = "提交时间（UTC）",
        Open = "查看",
        ApplicationTitle = "申请 {0}",
        Resume = "简历",
        DownloadResume = "下载简历",
        NoResume = "未附简历。",
        ResumeText = "简历文本",
        TalentPool = "保留以备将来职位",
        Yes = "是",
        No = "否",
        GateRefused = "目的闸门拒绝显示此申请：{0}。",
        NoticeShown = "所示声明版本",
    };
}

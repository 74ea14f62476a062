using Steward.Core.Collection;
using Steward.Hosting;

namespace Steward.Sites;

/// <summary>The words of the site pages, their forms and their emails in one language. Every member
/// is required, so a page cannot ship with a missing translation.</summary>
public sealed record SiteText
{
    public required string Language { get; init; }
    public required string LanguageName { get; init; }
    public required string SkipToContent { get; init; }
    public required string PrivacyNotice { get; init; }
    public required Func<string, string> NoticeVersion { get; init; }
    public required string ElsewhereHeading { get; init; }
    public required Func<string, string> LeavesPolicy { get; init; }
    public required Func<string, string> EmbedOutside { get; init; }
    public required Func<string, string> OpenAt { get; init; }
    public required string FormsHeading { get; init; }
    public required string SignInLink { get; init; }
    public required string MyAccountLink { get; init; }
    public required string SignOut { get; init; }
    public required string RequiredMark { get; init; }
    public required string ShortNoticeHeading { get; init; }
    public required Func<string, string> ShortNoticeLead { get; init; }
    public required string ReadFullNotice { get; init; }
    public required string ChoicesHeading { get; init; }
    public required string ChoicesHint { get; init; }
    public required string NeededForThis { get; init; }
    public required string ErrorSummary { get; init; }
    public required string PasswordHint { get; init; }
    public required string TelephoneHint { get; init; }
    public required string YearOrDateHint { get; init; }
    public required string DateHint { get; init; }
    public required string SignUpSubmit { get; init; }
    public required string SignUpDoneTitle { get; init; }
    public required string SignUpDoneText { get; init; }
    public required string RegisterSubmit { get; init; }
    public required string RegisterDoneTitle { get; init; }
    public required string RegisterDoneText { get; init; }
    public required Func<int, string> JuvenileDoneText { get; init; }
    public required Func<int, string> GuardianEmailLabel { get; init; }
    public required Func<int, string> GuardianNeeded { get; init; }
    public required string GuardianNotSelf { get; init; }
    public required string ConfirmSubject { get; init; }
    public required Func<string, string> ConfirmBody { get; init; }
    public required string TakenSubject { get; init; }
    public required Func<string, string> TakenBody { get; init; }
    public required string GuardianSubject { get; init; }
    public required Func<string, int, string> GuardianBody { get; init; }
    public required string SignUpSubject { get; init; }
    public required Func<string, string> SignUpBody { get; init; }
    public required string ConfirmedTitle { get; init; }
    public required string ConfirmedText { get; init; }
    public required string LinkInvalidTitle { get; init; }
    public required string LinkInvalidText { get; init; }
    public required string SignInTitle { get; init; }
    public required string Email { get; init; }
    public required string Password { get; init; }
    public required string SignIn { get; init; }
    public required string SignInFailed { get; init; }
    public required string NoAccountYet { get; init; }
    public required string AccountTitle { get; init; }
    public required string EmailCannotChange { get; init; }
    public required string Save { get; init; }
    public required string Saved { get; init; }
    public required string DeleteHeading { get; init; }
    public required string DeleteText { get; init; }
    public required string DeleteButton { get; init; }
    public required string DeletedTitle { get; init; }
    public required string DeletedAll { get; init; }
    public required string WhatRemains { get; init; }
    public required Func<string, string> HeldText { get; init; }
    public required string GuardianTitle { get; init; }
    public required Func<string, int, string> GuardianText { get; init; }
    public required string GuardianConfirm { get; init; }
    public required string GuardianDoneTitle { get; init; }
    public required string GuardianDoneText { get; init; }
    public required Func<FieldProblem, int?, string> Problem { get; init; }

    public static SiteText Current => Localization.Current == "zh-CN" ? Zh : En;
    public static SiteText In(string language) => language == "zh-CN" ? Zh : En;

    public static readonly SiteText En = new()
    {
        Language = "en",
        LanguageName = "English",
        SkipToContent = "Skip to content",
        PrivacyNotice = "Privacy notice",
        NoticeVersion = v => $"version {v}",
        ElsewhereHeading = "Elsewhere",
        LeavesPolicy = name => $"leaves this site: {name} collects data under its own privacy policy, not ours",
        EmbedOutside = name => $"Content from {name} would appear here. It is outside our privacy notice: {name} collects data under its own policy, so it is not loaded until you choose to open it.",
        OpenAt = name => $"Open it at {name}",
        FormsHeading = "What you can do here",
        SignInLink = "Sign in",
        MyAccountLink = "My account",
        SignOut = "Sign out",
        RequiredMark = "(required)",
        ShortNoticeHeading = "How we use this information",
        ShortNoticeLead = org => $"{org} uses what you enter here only for:",
        ReadFullNotice = "Read the full privacy notice",
        ChoicesHeading = "Your choices",
        ChoicesHint = "Each choice is separate. Nothing is ticked for you; leave a box empty to say no.",
        NeededForThis = "needed for this form",
        ErrorSummary = "Please correct the fields marked below.",
        PasswordHint = $"At least {FormValidator.MinPasswordLength} characters.",
        TelephoneHint = "A mainland China number, or any number with its country code (+44 20 7946 0000).",
        YearOrDateHint = "A year (2001) or a date (2001-05-31).",
        DateHint = "A date such as 2020-09-01.",
        SignUpSubmit = "Sign up",
        SignUpDoneTitle = "Thank you for signing up",
        SignUpDoneText = "We will write to you on the fields you chose. You can stop at any time with the link in each message.",
        RegisterSubmit = "Create account",
        RegisterDoneTitle = "Check your email",
        RegisterDoneText = "We sent a message to the address you gave. Follow its link to finish. If you already have an account, the message tells you how to sign in.",
        JuvenileDoneText = days => $"Because of your age, a parent or guardian must agree first. We sent them a message; your account cannot be used until they confirm. If no one confirms within {days} days, everything you entered is deleted.",
        GuardianEmailLabel = age => $"Email of a parent or guardian (only if you are under {age})",
        GuardianNeeded = age => $"You are under {age}: enter the email of a parent or guardian, who must agree before your account can be used.",
        GuardianNotSelf = "Enter your parent's or guardian's email, not your own.",
        ConfirmSubject = "Confirm your email address",
        ConfirmBody = link => $"Please confirm your email address to finish creating your account:\n\n{link}\n\nIf you did not ask for an account, ignore this message and nothing more will happen.",
        TakenSubject = "About your account",
        TakenBody = link => $"Someone, probably you, tried to create an account with this email address. You already have one: sign in here:\n\n{link}\n\nIf it was not you, ignore this message.",
        GuardianSubject = "Your consent is needed for a child's account",
        GuardianBody = (link, days) => $"A young person gave your address as their parent or guardian while creating an account with us. Their account cannot be used until you agree. To read what they entered about how we use it, and to agree, open:\n\n{link}\n\nIf you do nothing, everything they entered is deleted after {days} days.",
        SignUpSubject = "You signed up for our news",
        SignUpBody = link => $"Thank you for signing up. We will write to you on the fields you chose. How we use your information: {link}",
        ConfirmedTitle = "Email address confirmed",
        ConfirmedText = "Thank you. You can now sign in.",
        LinkInvalidTitle = "This link does not work",
        LinkInvalidText = "It may have been used already, or it has expired.",
        SignInTitle = "Sign in",
        Email = "Email address",
        Password = "Password",
        SignIn = "Sign in",
        SignInFailed = "The email address or password is wrong, or the account is not ready yet (confirm your email, or wait for your guardian).",
        NoAccountYet = "No account yet?",
        AccountTitle = "My account",
        EmailCannotChange = "To change your email address, contact us through the privacy notice.",
        Save = "Save changes",
        Saved = "Your changes are saved.",
        DeleteHeading = "Close my account",
        DeleteText = "Closing your account stops the service at once and deletes your personal information, unless the law requires us to keep some of it; we will tell you if so, and why.",
        DeleteButton = "Close my account and delete my information",
        DeletedTitle = "Your account is closed",
        DeletedAll = "Your name, email address, telephone number, company, log-in ID and year of birth are deleted.",
        WhatRemains = "What remains: the record of the choices you made (which consents you gave or refused, and when) and our audit log, under a random number and without your name or contact details, because the law requires us to be able to prove them.",
        HeldText = reasons => $"Your account is closed and can no longer be used, but the law requires us to keep your information for now ({reasons}). We delete it as soon as that obligation ends.",
        GuardianTitle = "Consent for a young person's account",
        GuardianText = (site, age) => $"A young person under {age} wants an account on {site} and gave your address as their parent's or guardian's. We use their name, email address, telephone number, company, log-in ID and year of birth only to run the account, as the privacy notice explains. Do you agree?",
        GuardianConfirm = "I am their parent or guardian and I agree",
        GuardianDoneTitle = "Thank you",
        GuardianDoneText = "Your consent is recorded. Their account can now be used.",
        Problem = (problem, limit) => problem switch
        {
            FieldProblem.Required => "Please fill this in.",
            FieldProblem.TooLong => $"Please use at most {limit} characters.",
            FieldProblem.TooShort => $"Please use at least {limit} characters.",
            FieldProblem.Markup => "Please remove the markup (such as < > tags): plain text only.",
            FieldProblem.ControlCharacters => "Please remove the invisible control characters.",
            FieldProblem.NotAnEmail => "Please enter an email address such as name@example.com.",
            FieldProblem.NotATelephone => "Please enter a telephone number that exists: a mainland China number, or any number with its country code.",
            FieldProblem.NotADate => "Please enter a date as year-month-day, such as 2001-05-31.",
            FieldProblem.DateInFuture => "This date is in the future.",
            FieldProblem.DateTooEarly => "Please check the year: it is before 1900.",
            FieldProblem.NotAChoice => "Please choose one of the options given.",
            FieldProblem.TooManyValues => "Please choose fewer options.",
            FieldProblem.ConsentRequired => "This form cannot work without this choice: tick it to go on, or leave the form.",
            _ => "Please check this form and send it again.",
        },
    };

    public static readonly SiteText Zh = new()
    {
        Language = "zh-CN",
        LanguageName = "中文",
        SkipToContent = "跳到正文",
        PrivacyNotice = "隐私声明",
        NoticeVersion = v => $"版本 {v}",
        ElsewhereHeading = "其他平台",
        LeavesPolicy = name => $"将离开本网站：{name} 依据其自身的隐私政策收集信息，不适用本声明",
        EmbedOutside = name => $"此处为来自 {name} 的内容。该内容不适用本隐私声明：{name} 依据其自身政策收集信息，因此在您选择打开之前不会加载。",
        OpenAt = name => $"前往 {name} 查看",
        FormsHeading = "您可以在此办理",
        SignInLink = "登录",
        MyAccountLink = "我的账号",
        SignOut = "退出登录",
        RequiredMark = "（必填）",
        ShortNoticeHeading = "我们如何使用这些信息",
        ShortNoticeLead = org => $"{org}仅将您在此填写的信息用于：",
        ReadFullNotice = "阅读完整隐私声明",
        ChoicesHeading = "您的选择",
        ChoicesHint = "每一项选择相互独立，均未预先勾选；不勾选即表示不同意。",
        NeededForThis = "本表单必需",
        ErrorSummary = "请更正下方标出的内容。",
        PasswordHint = $"至少 {FormValidator.MinPasswordLength} 个字符。",
        TelephoneHint = "中国大陆号码，或带国家代码的任意号码（如 +44 20 7946 0000）。",
        YearOrDateHint = "年份（如 2001）或日期（如 2001-05-31）。",
        DateHint = "日期，如 2020-09-01。",
        SignUpSubmit = "订阅",
        SignUpDoneTitle = "感谢您的订阅",
        SignUpDoneText = "我们将向您发送所选领域的资讯。您可随时通过每封邮件中的链接退订。",
        RegisterSubmit = "创建账号",
        RegisterDoneTitle = "请查收邮件",
        RegisterDoneText = "我们已向您填写的地址发送邮件，请点击其中的链接完成注册。如果您已有账号，邮件会告诉您如何登录。",
        JuvenileDoneText = days => $"根据您的年龄，须先取得父母或其他监护人的同意。我们已向其发送邮件；在其确认之前，您的账号无法使用。如 {days} 天内无人确认，您填写的全部信息将被删除。",
        GuardianEmailLabel = age => $"父母或其他监护人的电子邮箱（仅限未满 {age} 周岁者填写）",
        GuardianNeeded = age => $"您未满 {age} 周岁：请填写父母或其他监护人的电子邮箱，须经其同意后账号方可使用。",
        GuardianNotSelf = "请填写父母或其他监护人的邮箱，而非您本人的邮箱。",
        ConfirmSubject = "请确认您的电子邮箱",
        ConfirmBody = link => $"请点击以下链接确认您的电子邮箱，完成账号注册：\n\n{link}\n\n如果您并未申请注册，请忽略本邮件。",
        TakenSubject = "关于您的账号",
        TakenBody = link => $"有人（可能是您本人）尝试使用此邮箱注册账号。您已有账号，请在此登录：\n\n{link}\n\n如非本人操作，请忽略本邮件。",
        GuardianSubject = "未成年人注册账号需要您的同意",
        GuardianBody = (link, days) => $"一名未成年人在我们网站注册账号时，填写了您作为其父母或其他监护人的邮箱。在您同意之前，其账号无法使用。请打开以下链接，查看我们如何使用其信息并表示同意：\n\n{link}\n\n如您不作处理，其填写的全部信息将在 {days} 天后删除。",
        SignUpSubject = "您已订阅我们的资讯",
        SignUpBody = link => $"感谢您的订阅。我们将向您发送所选领域的资讯。我们如何使用您的信息：{link}",
        ConfirmedTitle = "电子邮箱已确认",
        ConfirmedText = "谢谢。您现在可以登录了。",
        LinkInvalidTitle = "此链接无效",
        LinkInvalidText = "该链接可能已被使用或已过期。",
        SignInTitle = "登录",
        Email = "电子邮箱",
        Password = "密码",
        SignIn = "登录",
        SignInFailed = "邮箱或密码错误，或账号尚不可用（请先确认邮箱，或等待监护人同意）。",
        NoAccountYet = "还没有账号？",
        AccountTitle = "我的账号",
        EmailCannotChange = "如需更改电子邮箱，请通过隐私声明中的方式联系我们。",
        Save = "保存修改",
        Saved = "您的修改已保存。",
        DeleteHeading = "注销账号",
        DeleteText = "注销账号将立即停止服务并删除您的个人信息，法律要求保留的除外；如有保留，我们会告知您原因。",
        DeleteButton = "注销账号并删除我的信息",
        DeletedTitle = "您的账号已注销",
        DeletedAll = "您的姓名、电子邮箱、电话号码、公司名称、登录账号和出生年份均已删除。",
        WhatRemains = "仍保留的内容：您所作选择的记录（同意或拒绝了哪些事项及时间）以及我们的审计日志，仅以随机编号标识，不含您的姓名或联系方式，因为法律要求我们能够证明这些记录。",
        HeldText = reasons => $"您的账号已注销且无法再使用，但法律要求我们暂时保留您的信息（{reasons}）。该义务一结束，我们即予删除。",
        GuardianTitle = "未成年人注册账号的同意",
        GuardianText = (site, age) => $"一名未满 {age} 周岁的未成年人希望在{site}注册账号，并填写了您作为其父母或其他监护人的邮箱。我们仅将其姓名、电子邮箱、电话号码、公司名称、登录账号和出生年份用于提供账号服务，详见隐私声明。您是否同意？",
        GuardianConfirm = "我是其父母或其他监护人，我同意",
        GuardianDoneTitle = "谢谢",
        GuardianDoneText = "您的同意已记录，其账号现在可以使用。",
        Problem = (problem, limit) => problem switch
        {
            FieldProblem.Required => "请填写此项。",
            FieldProblem.TooLong => $"请不要超过 {limit} 个字符。",
            FieldProblem.TooShort => $"请至少填写 {limit} 个字符。",
            FieldProblem.Markup => "请删除标记（如 < > 标签），仅填写纯文本。",
            FieldProblem.ControlCharacters => "请删除不可见的控制字符。",
            FieldProblem.NotAnEmail => "请填写有效的电子邮箱，如 name@example.com。",
            FieldProblem.NotATelephone => "请填写真实存在的电话号码：中国大陆号码，或带国家代码的号码。",
            FieldProblem.NotADate => "请按“年-月-日”填写日期，如 2001-05-31。",
            FieldProblem.DateInFuture => "该日期晚于今天。",
            FieldProblem.DateTooEarly => "请检查年份：早于 1900 年。",
            FieldProblem.NotAChoice => "请从给出的选项中选择。",
            FieldProblem.TooManyValues => "请减少所选项目。",
            FieldProblem.ConsentRequired => "缺少此项选择，本表单无法办理：请勾选后继续，或离开本表单。",
            _ => "请检查表单后重新提交。",
        },
    };
}

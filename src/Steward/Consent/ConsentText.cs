using Steward.Core.Consent;
using Steward.Hosting;

namespace Steward.Consent;

/// <summary>The words of the cookie banner, the Privacy Center's consent pages and the statistics page,
/// in one language. Every member is required, so no text ships untranslated.</summary>
public sealed record ConsentText
{
    public required string Language { get; init; }
    // The cookie banner
    public required string BannerTitle { get; init; }
    public required string BannerOptIn { get; init; }
    public required string BannerNoticeOnly { get; init; }
    public required string AcceptAll { get; init; }
    public required string RejectAll { get; init; }
    public required string SaveChoices { get; init; }
    public required string AlwaysOn { get; init; }
    public required string GpcNote { get; init; }
    public required string ReadNotice { get; init; }
    public required string CookieSettings { get; init; }
    public required string Cookies { get; init; }
    // The Privacy Center
    public required string ConsentsTitle { get; init; }
    public required string ConsentsIntro { get; init; }
    public required string NoConsents { get; init; }
    public required string Purpose { get; init; }
    public required string Status { get; init; }
    public required string Since { get; init; }
    public required string Channel { get; init; }
    public required string Withdraw { get; init; }
    public required string Withdrawn { get; init; }
    public required string History { get; init; }
    public required string Receipt { get; init; }
    public required string ReceiptJson { get; init; }
    public required string ReceiptTitle { get; init; }
    public required string Controller { get; init; }
    public required string Principal { get; init; }
    public required string NoticeVersion { get; init; }
    public required string NoticeLanguage { get; init; }
    public required string NoticeHash { get; init; }
    public required string Site { get; init; }
    public required string CollectionPoint { get; init; }
    public required string LegalBasis { get; init; }
    public required string Jurisdiction { get; init; }
    public required string Reason { get; init; }
    public required string LiveNow { get; init; }
    public required string Yes { get; init; }
    public required string No { get; init; }
    public required string BackToConsents { get; init; }
    public required IReadOnlyDictionary<ConsentStatus, string> StatusNames { get; init; }
    public required IReadOnlyDictionary<ConsentChannel, string> ChannelNames { get; init; }
    // The preference center
    public required string PreferencesTitle { get; init; }
    public required string PreferencesIntro { get; init; }
    public required string SavePreferences { get; init; }
    public required string CookieChoices { get; init; }
    public required string CookieChoicesNote { get; init; }
    public required string PreferencesSaved { get; init; }
    public required string SeeConsents { get; init; }
    // Statistics in the Console
    public required string StatisticsTitle { get; init; }
    public required string StatisticsIntro { get; init; }
    public required string ViewsPerDay { get; init; }
    public required string TopPages { get; init; }
    public required string Page { get; init; }
    public required string Views { get; init; }
    public required string Day { get; init; }
    public required string Show { get; init; }

    public static ConsentText Current => Localization.Current == "zh-CN" ? Zh : En;

    public static ConsentText For(string language) => language == "zh-CN" ? Zh : En;

    public static readonly ConsentText En = new()
    {
        Language = "en",
        BannerTitle = "Cookies on this site",
        BannerOptIn = "We use strictly necessary cookies to run this site. We set the others only if you say yes, and you can change your mind at any time.",
        BannerNoticeOnly = "We use strictly necessary cookies to run this site, and the others below to remember your choices and learn how the site is used. You can turn any of them off, now or later.",
        AcceptAll = "Accept all",
        RejectAll = "Reject all",
        SaveChoices = "Save my choices",
        AlwaysOn = "always on",
        GpcNote = "Your browser sends Global Privacy Control, so this stays off.",
        ReadNotice = "Privacy notice",
        CookieSettings = "Cookie settings",
        Cookies = "Cookies",
        ConsentsTitle = "Your consents",
        ConsentsIntro = "What you have agreed to, and what you have refused. Withdrawing stops that use at once; what was done before stays lawful, and uses on other grounds (a contract, the law) are not affected.",
        NoConsents = "You have made no consent choices yet.",
        Purpose = "Purpose",
        Status = "Status",
        Since = "Since",
        Channel = "How",
        Withdraw = "Withdraw",
        Withdrawn = "Your consent is withdrawn: we stopped this use now.",
        History = "History",
        Receipt = "Receipt",
        ReceiptJson = "Receipt (JSON)",
        ReceiptTitle = "Consent receipt",
        Controller = "Controller",
        Principal = "Your pseudonymous id",
        NoticeVersion = "Notice version",
        NoticeLanguage = "Notice language",
        NoticeHash = "SHA-256 of the notice text shown",
        Site = "Site",
        CollectionPoint = "Where",
        LegalBasis = "Legal basis",
        Jurisdiction = "Jurisdiction",
        Reason = "Reason",
        LiveNow = "In force now",
        Yes = "yes",
        No = "no",
        BackToConsents = "Back to your consents",
        StatusNames = new Dictionary<ConsentStatus, string> { [ConsentStatus.Given] = "Given", [ConsentStatus.Refused] = "Refused", [ConsentStatus.Withdrawn] = "Withdrawn" },
        ChannelNames = new Dictionary<ConsentChannel, string>
        {
            [ConsentChannel.Form] = "Form", [ConsentChannel.Banner] = "Cookie banner", [ConsentChannel.Email] = "Email",
            [ConsentChannel.Staff] = "By our staff", [ConsentChannel.GlobalPrivacyControl] = "Global Privacy Control",
            [ConsentChannel.Api] = "Another of our systems", [ConsentChannel.Guardian] = "Guardian",
        },
        PreferencesTitle = "Your preferences",
        PreferencesIntro = "Choose which news we may send you, whether we may track opens and clicks in our emails, whether our other services may use your data, and which cookies you allow.",
        CookieChoices = "Cookies",
        CookieChoicesNote = "Strictly necessary cookies are always on. These choices are kept with your account; the cookie settings link on each site sets them for the browser you use there.",
        SavePreferences = "Save preferences",
        PreferencesSaved = "Your preferences are saved and apply at once.",
        SeeConsents = "Your consents and their history",
        StatisticsTitle = "Visit statistics",
        StatisticsIntro = "Page views counted without cookies and without storing any identifier, address or browser string.",
        ViewsPerDay = "Page views per day",
        TopPages = "Most viewed pages",
        Page = "Page",
        Views = "Views",
        Day = "Day",
        Show = "Show",
    };

    public static readonly ConsentText Zh = new()
    {
        Language = "zh-CN",
        BannerTitle = "本网站使用的 Cookie",
        BannerOptIn = "我们使用严格必要的 Cookie 来运行本网站。其他 Cookie 仅在您同意后设置，您可以随时改变主意。",
        BannerNoticeOnly = "我们使用严格必要的 Cookie 来运行本网站，并使用下列其他 Cookie 记住您的选择、了解网站的使用情况。您可以现在或以后随时关闭其中任何一类。",
        AcceptAll = "全部接受",
        RejectAll = "全部拒绝",
        SaveChoices = "保存我的选择",
        AlwaysOn = "始终开启",
        GpcNote = "您的浏览器发送了“全球隐私控制”信号，因此此类保持关闭。",
        ReadNotice = "隐私声明",
        CookieSettings = "Cookie 设置",
        Cookies = "Cookie",
        ConsentsTitle = "您的同意",
        ConsentsIntro = "您同意了什么、拒绝了什么。撤回同意后，相应的使用立即停止；撤回前已进行的处理依然合法，基于其他依据（合同、法律）的处理不受影响。",
        NoConsents = "您尚未作出任何同意选择。",
        Purpose = "目的",
        Status = "状态",
        Since = "时间",
        Channel = "方式",
        Withdraw = "撤回",
        Withdrawn = "您已撤回同意：我们已立即停止此项使用。",
        History = "历史记录",
        Receipt = "回执",
        ReceiptJson = "回执（JSON）",
        ReceiptTitle = "同意回执",
        Controller = "个人信息处理者",
        Principal = "您的假名标识",
        NoticeVersion = "声明版本",
        NoticeLanguage = "声明语言",
        NoticeHash = "所展示声明文本的 SHA-256",
        Site = "网站",
        CollectionPoint = "收集位置",
        LegalBasis = "法律依据",
        Jurisdiction = "适用法域",
        Reason = "原因",
        LiveNow = "当前有效",
        Yes = "是",
        No = "否",
        BackToConsents = "返回您的同意",
        StatusNames = new Dictionary<ConsentStatus, string> { [ConsentStatus.Given] = "已同意", [ConsentStatus.Refused] = "已拒绝", [ConsentStatus.Withdrawn] = "已撤回" },
        ChannelNames = new Dictionary<ConsentChannel, string>
        {
            [ConsentChannel.Form] = "表单", [ConsentChannel.Banner] = "Cookie 横幅", [ConsentChannel.Email] = "电子邮件",
            [ConsentChannel.Staff] = "由我们的工作人员记录", [ConsentChannel.GlobalPrivacyControl] = "全球隐私控制",
            [ConsentChannel.Api] = "我们的其他系统", [ConsentChannel.Guardian] = "监护人",
        },
        PreferencesTitle = "您的偏好设置",
        PreferencesIntro = "选择我们可以向您发送哪些资讯、是否可以追踪您对我们邮件的打开和点击、我们的其他服务是否可以使用您的数据，以及您允许哪些 Cookie。",
        CookieChoices = "Cookie",
        CookieChoicesNote = "严格必要的 Cookie 始终启用。这些选择随您的账户保存；各网站的“Cookie 设置”链接用于设置您在该浏览器中的选择。",
        SavePreferences = "保存偏好设置",
        PreferencesSaved = "您的偏好设置已保存，并立即生效。",
        SeeConsents = "您的同意及其历史记录",
        StatisticsTitle = "访问统计",
        StatisticsIntro = "页面浏览量的统计不使用 Cookie，也不存储任何标识符、IP 地址或浏览器信息。",
        ViewsPerDay = "每日页面浏览量",
        TopPages = "浏览最多的页面",
        Page = "页面",
        Views = "浏览量",
        Day = "日期",
        Show = "显示",
    };
}

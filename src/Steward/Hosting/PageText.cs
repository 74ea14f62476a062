namespace Steward.Hosting;

/// <summary>The words of Steward's own pages in one language. Every member is required, so a page
/// cannot ship with a missing translation.</summary>
public sealed record PageText
{
    public required string Language { get; init; }
    public required string LanguageName { get; init; }
    public required string SkipToContent { get; init; }
    public required string Home { get; init; }
    public required string Tagline { get; init; }
    public required string Sites { get; init; }
    public required string ReadNotice { get; init; }
    public required string ForDevelopers { get; init; }
    public required string ApiReference { get; init; }
    public required string OpenApiDocument { get; init; }
    public required string Health { get; init; }
    public required string Version { get; init; }
    public required string PublishedOn { get; init; }
    public required string AllVersions { get; init; }
    public required string VersionsTitle { get; init; }
    public required string CurrentVersion { get; init; }
    public required string PastVersionShown { get; init; }
    public required string SeeCurrent { get; init; }
    public required string NotInLanguage { get; init; }
    public required string NotFoundTitle { get; init; }
    public required string NotFoundText { get; init; }
    public required string ErrorTitle { get; init; }
    public required string ErrorText { get; init; }
    public required string BadRequestTitle { get; init; }
    public required string BadRequestText { get; init; }
    public required string MethodNotAllowedText { get; init; }
    public required string ForbiddenTitle { get; init; }
    public required string ForbiddenText { get; init; }
    public required string TooManyRequestsTitle { get; init; }
    public required string TooManyRequestsText { get; init; }
    public required string PoweredBy { get; init; }

    public static PageText Current => Localization.Current == "zh-CN" ? Zh : En;

    public static readonly PageText En = new()
    {
        Language = "en",
        LanguageName = "English",
        SkipToContent = "Skip to content",
        Home = "Home",
        Tagline = "How we handle your personal information, and how you stay in control of it.",
        Sites = "Our sites",
        ReadNotice = "Privacy notice",
        ForDevelopers = "For developers",
        ApiReference = "API reference",
        OpenApiDocument = "OpenAPI document",
        Health = "Service health",
        Version = "Version",
        PublishedOn = "Published",
        AllVersions = "All versions of this notice",
        VersionsTitle = "Versions of the privacy notice",
        CurrentVersion = "current",
        PastVersionShown = "You are reading a past version of this notice.",
        SeeCurrent = "Read the current version",
        NotInLanguage = "This site does not offer its notice in your language; it is shown in",
        NotFoundTitle = "Page not found",
        NotFoundText = "There is no page at this address.",
        ErrorTitle = "Something went wrong",
        ErrorText = "Steward could not complete this request. Please try again later.",
        BadRequestTitle = "This request could not be understood",
        BadRequestText = "The form or address was not as expected. Please go back and try again.",
        MethodNotAllowedText = "This address does not accept that kind of request.",
        ForbiddenTitle = "Not allowed",
        ForbiddenText = "Your role does not give access to this page.",
        TooManyRequestsTitle = "Too many attempts",
        TooManyRequestsText = "There were too many attempts from your address. Please wait a minute and try again.",
        PoweredBy = "Privacy operations by Steward",
    };

    public static readonly PageText Zh = new()
    {
        Language = "zh-CN",
        LanguageName = "简体中文",
        SkipToContent = "跳到正文",
        Home = "首页",
        Tagline = "我们如何处理您的个人信息，以及您如何掌控这些信息。",
        Sites = "我们的网站",
        ReadNotice = "隐私声明",
        ForDevelopers = "开发者",
        ApiReference = "API 参考",
        OpenApiDocument = "OpenAPI 文档",
        Health = "服务状态",
        Version = "版本",
        PublishedOn = "发布时间",
        AllVersions = "本声明的所有版本",
        VersionsTitle = "隐私声明的各个版本",
        CurrentVersion = "当前版本",
        PastVersionShown = "您正在阅读本声明的历史版本。",
        SeeCurrent = "阅读当前版本",
        NotInLanguage = "该网站未提供您所选语言的声明，以下为",
        NotFoundTitle = "页面不存在",
        NotFoundText = "此地址没有页面。",
        ErrorTitle = "出现错误",
        ErrorText = "Steward 无法完成此请求，请稍后再试。",
        BadRequestTitle = "无法理解此请求",
        BadRequestText = "表单或地址与预期不符，请返回后重试。",
        MethodNotAllowedText = "此地址不接受这种请求方式。",
        ForbiddenTitle = "无权访问",
        ForbiddenText = "您的角色无权访问此页面。",
        TooManyRequestsTitle = "尝试次数过多",
        TooManyRequestsText = "来自您所在地址的尝试次数过多，请等待一分钟后再试。",
        PoweredBy = "隐私运营由 Steward 提供",
    };
}

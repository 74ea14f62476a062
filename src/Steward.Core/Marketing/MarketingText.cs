namespace Steward.Core.Marketing;

/// <summary>The fixed words of marketing messages and the unsubscribe page, per language.</summary>
public sealed record MarketingText
{
    public required string Unsubscribe { get; init; }
    public required string UnsubscribeTitle { get; init; }
    public required string UnsubscribeQuestion { get; init; }
    public required string Unsubscribed { get; init; }
    public required string UnknownLink { get; init; }

    public static MarketingText For(string language) => language == "zh-CN" ? Zh : En;

    public static readonly MarketingText En = new()
    {
        Unsubscribe = "Unsubscribe",
        UnsubscribeTitle = "Unsubscribe from marketing email",
        UnsubscribeQuestion = "Stop all marketing email from us? You need not sign in.",
        Unsubscribed = "You are unsubscribed: we will send you no more marketing email, and no longer track opens or clicks.",
        UnknownLink = "This unsubscribe link is not valid.",
    };

    public static readonly MarketingText Zh = new()
    {
        Unsubscribe = "退订",
        UnsubscribeTitle = "退订营销邮件",
        UnsubscribeQuestion = "停止接收我们的所有营销邮件？无需登录。",
        Unsubscribed = "您已退订：我们将不再向您发送营销邮件，也不再跟踪邮件的打开或点击。",
        UnknownLink = "此退订链接无效。",
    };
}

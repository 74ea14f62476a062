using Steward.Hosting;

namespace Steward.Pages.Console;

/// <summary>The words of the recovery-codes page and of signing in with a recovery code, per language.</summary>
public sealed record RecoveryText
{
    public required string Title { get; init; }
    public required string Intro { get; init; }
    public required string Remaining { get; init; }
    public required string Generate { get; init; }
    public required string Generated { get; init; }
    public required string ManageLink { get; init; }
    public required string UseRecoveryCode { get; init; }

    public static RecoveryText Current => Localization.Current == "zh-CN" ? Zh : En;

    public static readonly RecoveryText En = new()
    {
        Title = "Recovery codes",
        Intro = "If you lose your phone, sign in with a recovery code instead of the authenticator's code. Each code works once. Making new codes cancels the old ones.",
        Remaining = "Unused recovery codes: {0}",
        Generate = "Make new recovery codes",
        Generated = "Your new recovery codes. Store them somewhere safe now: they are not shown again.",
        ManageLink = "Recovery codes",
        UseRecoveryCode = "Lost your phone? Enter one of your recovery codes instead (for example ABCDE-12345).",
    };

    public static readonly RecoveryText Zh = new()
    {
        Title = "恢复码",
        Intro = "如果手机丢失，可以用恢复码代替身份验证器的验证码登录。每个恢复码只能使用一次。生成新的恢复码后，旧的恢复码即失效。",
        Remaining = "未使用的恢复码：{0} 个",
        Generate = "生成新的恢复码",
        Generated = "这是您的新恢复码。请立即妥善保存：它们不会再次显示。",
        ManageLink = "恢复码",
        UseRecoveryCode = "手机丢失？请改为输入一个恢复码（例如 ABCDE-12345）。",
    };
}

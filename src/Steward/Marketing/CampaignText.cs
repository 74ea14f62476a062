using Steward.Hosting;

namespace Steward.Marketing;

/// <summary>The words of the Console's campaign page in one language.</summary>
public sealed record CampaignText
{
    public required string Title { get; init; }
    public required string Intro { get; init; }
    public required string NewCampaign { get; init; }
    public required string Topic { get; init; }
    public required string Language { get; init; }
    public required string Subject { get; init; }
    public required string Body { get; init; }
    public required string Link { get; init; }
    public required string Create { get; init; }
    public required string Send { get; init; }
    public required string Recipients { get; init; }
    public required string Sent { get; init; }
    public required string Pending { get; init; }
    public required string Uncertain { get; init; }
    public required string Skipped { get; init; }
    public required string Status { get; init; }
    public required string NotQueued { get; init; }
    public required string Queued { get; init; }
    public required string Finished { get; init; }
    public required string RefreshHint { get; init; }
    public required string InterruptedNote { get; init; }
    public required string NoCampaigns { get; init; }
    public required string FieldRequired { get; init; }

    public static CampaignText Current => Localization.Current == "zh-CN" ? Zh : En;

    public static readonly CampaignText En = new()
    {
        Title = "Campaigns",
        Intro = "Marketing email goes only to people with a live consent for the campaign's topic who have not unsubscribed. Send queues the campaign and Steward sends it in the background; sending again resumes where it stopped and adds people who consented since. Nobody gets a message twice.",
        NewCampaign = "New campaign", Topic = "Topic", Language = "Language", Subject = "Subject", Body = "Message", Link = "Link (optional)",
        Create = "Create", Send = "Send", Recipients = "Recipients", Sent = "Sent", Pending = "Waiting",
        Uncertain = "Interrupted (not sent again)", Skipped = "Skipped",
        Status = "Status", NotQueued = "Not sent", Queued = "Queued, sending", Finished = "Done",
        RefreshHint = "Refresh the page to see how far sending has got.",
        InterruptedNote = "Interrupted: Steward stopped after handing these messages to the mail server and before it heard back, so it cannot tell whether they arrived. They are not sent again, so that nobody gets a message twice.",
        NoCampaigns = "No campaigns yet.", FieldRequired = "Fill in this field correctly.",
    };

    public static readonly CampaignText Zh = new()
    {
        Title = "营销活动",
        Intro = "营销邮件只发送给对该活动主题有有效同意且未退订的人。点击“发送”后活动进入队列，由 Steward 在后台发送；再次发送会从中断处继续，并加入此后表示同意的人。任何人都不会重复收到同一封邮件。",
        NewCampaign = "新建活动", Topic = "主题", Language = "语言", Subject = "邮件标题", Body = "邮件内容", Link = "链接（可选）",
        Create = "创建", Send = "发送", Recipients = "收件人", Sent = "已发送", Pending = "等待中",
        Uncertain = "已中断（不再重发）", Skipped = "已跳过",
        Status = "状态", NotQueued = "未发送", Queued = "已排队，发送中", Finished = "已完成",
        RefreshHint = "刷新页面可查看发送进度。",
        InterruptedNote = "已中断：Steward 已把这些邮件交给邮件服务器，但在收到回复前停止，因此无法确定邮件是否送达。为确保任何人都不会重复收到同一封邮件，这些邮件不会再次发送。",
        NoCampaigns = "尚无营销活动。", FieldRequired = "请正确填写此项。",
    };
}

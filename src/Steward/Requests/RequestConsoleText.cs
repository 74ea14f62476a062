using Steward.Core.Requests;
using Steward.Hosting;

namespace Steward.Requests;

/// <summary>The words of the Console's request pages, in one language. Every member is required.</summary>
public sealed record RequestConsoleText
{
    public required string QueueTitle { get; init; }
    public required string QueueIntro { get; init; }
    public required string NewTitle { get; init; }
    public required string WebhooksTitle { get; init; }
    public required string State { get; init; }
    public required string Any { get; init; }
    public required string Kind { get; init; }
    public required string OverdueOnly { get; init; }
    public required string MineOnly { get; init; }
    public required string Filter { get; init; }
    public required string Reference { get; init; }
    public required string Channel { get; init; }
    public required string Received { get; init; }
    public required string Due { get; init; }
    public required string Assigned { get; init; }
    public required string Overdue { get; init; }
    public required string NoCases { get; init; }
    public required string Subject { get; init; }
    public required string Purpose { get; init; }
    public required string Field { get; init; }
    public required string Details { get; init; }
    public required string History { get; init; }
    public required string When { get; init; }
    public required string Actor { get; init; }
    public required string Action { get; init; }
    public required string Note { get; init; }
    public required string Preview { get; init; }
    public required string AssignToMe { get; init; }
    public required string Unassign { get; init; }
    public required string Start { get; init; }
    public required string AskProof { get; init; }
    public required string ProofReceived { get; init; }
    public required string Extend { get; init; }
    public required string Decline { get; init; }
    public required string Explanation { get; init; }
    public required string Answer { get; init; }
    public required string Email { get; init; }
    public required string Region { get; init; }
    public required string NewValue { get; init; }
    public required string Create { get; init; }
    public required string NotOnFile { get; init; }
    public required string EmailInvalid { get; init; }
    public required string ChoiceInvalid { get; init; }
    public required string TextRequired { get; init; }
    public required string NotNow { get; init; }
    public required string Done { get; init; }
    public required string Recipient { get; init; }
    public required string Url { get; init; }
    public required string AddSubscription { get; init; }
    public required string SecretOnce { get; init; }
    public required string UrlInvalid { get; init; }
    public required string Subscriptions { get; init; }
    public required string FailedDeliveries { get; init; }
    public required string NoFailures { get; init; }
    public required string Event { get; init; }
    public required string Attempts { get; init; }
    public required string LastError { get; init; }
    public required string Retry { get; init; }
    public required IReadOnlyDictionary<RequestChannel, string> Channels { get; init; }
    public required IReadOnlyDictionary<DeclineReason, string> DeclineReasons { get; init; }
    public required IReadOnlyDictionary<ExtensionReason, string> ExtensionReasons { get; init; }
    public required IReadOnlyDictionary<string, string> Proofs { get; init; }

    public static RequestConsoleText Current => Localization.Current == "zh-CN" ? Zh : En;

    public static readonly RequestConsoleText En = new()
    {
        QueueTitle = "Requests", QueueIntro = "Every rights request, overdue ones first, then by deadline.", NewTitle = "Enter a request",
        WebhooksTitle = "Recipients' webhooks", State = "State", Any = "Any", Kind = "Kind", OverdueOnly = "Overdue only", MineOnly = "Assigned to me",
        Filter = "Filter", Reference = "Reference", Channel = "Channel", Received = "Received", Due = "Due", Assigned = "Assigned to",
        Overdue = "Overdue", NoCases = "No requests match.", Subject = "Subject id", Purpose = "Purpose", Field = "Field",
        Details = "What the person wrote", History = "History", When = "When", Actor = "By", Action = "What", Note = "Note",
        Preview = "Reply preview", AssignToMe = "Assign to me", Unassign = "Unassign", Start = "Carry out the request",
        AskProof = "Ask for", ProofReceived = "Proof received", Extend = "Extend the deadline", Decline = "Decline",
        Explanation = "Explanation to the person", Answer = "Answer and close", Email = "The person's email address", Region = "Region",
        NewValue = "Correct value (for a correction)", Create = "Enter the request",
        NotOnFile = "No one with this address is on file. Only a question to the privacy team can be entered for a new address.",
        EmailInvalid = "Enter an email address.", ChoiceInvalid = "Choose one of the options.", TextRequired = "Write the text the person will read.",
        NotNow = "That cannot be done now: {0}.", Done = "Done.", Recipient = "Recipient", Url = "Endpoint URL", AddSubscription = "Add the endpoint",
        SecretOnce = "The signing secret, shown only now; give it to the recipient:", UrlInvalid = "Enter an http or https address.",
        Subscriptions = "Endpoints", FailedDeliveries = "Deliveries that failed for good", NoFailures = "No delivery has failed for good.",
        Event = "Event", Attempts = "Attempts", LastError = "Last error", Retry = "Try again",
        Channels = new Dictionary<RequestChannel, string>
        {
            [RequestChannel.PrivacyCenter] = "Privacy Center", [RequestChannel.PublicForm] = "Public form", [RequestChannel.Email] = "Email",
            [RequestChannel.Post] = "Post", [RequestChannel.StaffEntry] = "Staff",
        },
        DeclineReasons = new Dictionary<DeclineReason, string>
        {
            [DeclineReason.Fraudulent] = "Fraudulent", [DeclineReason.Unfeasible] = "Unfeasible", [DeclineReason.JeopardisesOthers] = "Would jeopardise others' privacy",
        },
        ExtensionReasons = new Dictionary<ExtensionReason, string>
        {
            [ExtensionReason.Complexity] = "Complex request", [ExtensionReason.NumberOfRequests] = "Number of requests",
        },
        Proofs = new Dictionary<string, string> { ["written_request"] = "A written, signed request", ["identity_proof"] = "More proof of identity" },
    };

    public static readonly RequestConsoleText Zh = new()
    {
        QueueTitle = "请求", QueueIntro = "全部个人权利请求：逾期的在前，其余按期限排列。", NewTitle = "录入请求",
        WebhooksTitle = "接收方 Webhook", State = "状态", Any = "全部", Kind = "类型", OverdueOnly = "仅看逾期", MineOnly = "仅看分配给我的",
        Filter = "筛选", Reference = "编号", Channel = "渠道", Received = "收到时间", Due = "期限", Assigned = "负责人",
        Overdue = "已逾期", NoCases = "没有符合条件的请求。", Subject = "主体标识符", Purpose = "目的", Field = "字段",
        Details = "本人填写的内容", History = "处理记录", When = "时间", Actor = "操作人", Action = "操作", Note = "备注",
        Preview = "答复预览", AssignToMe = "分配给我", Unassign = "取消分配", Start = "执行请求",
        AskProof = "要求提供", ProofReceived = "已收到证明", Extend = "延长期限", Decline = "拒绝",
        Explanation = "给本人的说明", Answer = "答复并结案", Email = "本人的电子邮箱", Region = "地区",
        NewValue = "正确内容（更正时填写）", Create = "录入请求",
        NotOnFile = "没有使用该邮箱的记录。对于新的邮箱，只能录入向隐私保护团队的咨询。",
        EmailInvalid = "请输入电子邮箱。", ChoiceInvalid = "请从选项中选择。", TextRequired = "请填写本人将看到的内容。",
        NotNow = "目前无法执行：{0}。", Done = "已完成。", Recipient = "接收方", Url = "端点地址", AddSubscription = "添加端点",
        SecretOnce = "签名密钥仅显示这一次，请交给接收方：", UrlInvalid = "请输入 http 或 https 地址。",
        Subscriptions = "端点", FailedDeliveries = "最终失败的投递", NoFailures = "没有最终失败的投递。",
        Event = "事件", Attempts = "尝试次数", LastError = "最后错误", Retry = "重试",
        Channels = new Dictionary<RequestChannel, string>
        {
            [RequestChannel.PrivacyCenter] = "隐私中心", [RequestChannel.PublicForm] = "公开表单", [RequestChannel.Email] = "电子邮件",
            [RequestChannel.Post] = "信函", [RequestChannel.StaffEntry] = "员工录入",
        },
        DeclineReasons = new Dictionary<DeclineReason, string>
        {
            [DeclineReason.Fraudulent] = "欺诈", [DeclineReason.Unfeasible] = "无法执行", [DeclineReason.JeopardisesOthers] = "危及他人隐私",
        },
        ExtensionReasons = new Dictionary<ExtensionReason, string>
        {
            [ExtensionReason.Complexity] = "请求复杂", [ExtensionReason.NumberOfRequests] = "请求数量多",
        },
        Proofs = new Dictionary<string, string> { ["written_request"] = "签名的书面请求", ["identity_proof"] = "进一步的身份证明" },
    };
}

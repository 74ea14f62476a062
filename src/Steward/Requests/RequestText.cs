using Steward.Core.Requests;
using Steward.Hosting;

namespace Steward.Requests;

/// <summary>The words of the request pages people read, in one language. Every member is required.</summary>
public sealed record RequestText
{
    public required string NewTitle { get; init; }
    public required string NewIntro { get; init; }
    public required string Email { get; init; }
    public required string EmailHint { get; init; }
    public required string Kind { get; init; }
    public required string Purpose { get; init; }
    public required string PurposeHint { get; init; }
    public required string NoPurpose { get; init; }
    public required string Region { get; init; }
    public required string Send { get; init; }
    public required string EmailInvalid { get; init; }
    public required string KindInvalid { get; init; }
    public required string PurposeRequired { get; init; }
    public required string RegionInvalid { get; init; }
    public required string VerifyTitle { get; init; }
    public required string VerifyIntro { get; init; }
    public required string Code { get; init; }
    public required string Details { get; init; }
    public required string Confirm { get; init; }
    public required string CodeWrong { get; init; }
    public required string CodeExpired { get; init; }
    public required string StartAgain { get; init; }
    public required string CenterTitle { get; init; }
    public required string CenterIntro { get; init; }
    public required string YourRequests { get; init; }
    public required string NoRequests { get; init; }
    public required string Reference { get; init; }
    public required string Status { get; init; }
    public required string Received { get; init; }
    public required string Due { get; init; }
    public required string MakeRequest { get; init; }
    public required string Field { get; init; }
    public required string FieldHint { get; init; }
    public required string NewValue { get; init; }
    public required string FieldRequired { get; init; }
    public required string ControlCharacters { get; init; }
    public required string Destination { get; init; }
    public required string DestinationRequired { get; init; }
    public required string CaseTitle { get; init; }
    public required string History { get; init; }
    public required string Replies { get; init; }
    public required string Download { get; init; }
    public required string NoEmailOnFile { get; init; }
    public required string TelephoneNote { get; init; }
    public required string Change { get; init; }
    public required string EarlierValue { get; init; }
    public required string CorrectedValue { get; init; }
    public required IReadOnlyDictionary<RequestKind, string> Kinds { get; init; }
    public required IReadOnlyDictionary<CaseState, string> States { get; init; }
    public required IReadOnlyDictionary<string, string> Actions { get; init; }

    public static RequestText Current => Localization.Current == "zh-CN" ? Zh : En;

    public static readonly RequestText En = new()
    {
        NewTitle = "Make a privacy request",
        NewIntro = "Ask to see, move, correct, restrict or delete your information, withdraw a consent, close your account, or write to our privacy team. We answer within 30 days.",
        Email = "Your email address",
        EmailHint = "The address you gave us. If we hold information on it, we send a code there to confirm it is you.",
        Kind = "What would you like?",
        Purpose = "Which use of your information?",
        PurposeHint = "Needed to restrict, object to or withdraw consent for one use.",
        NoPurpose = "(not needed)",
        Region = "Where do you live?",
        Send = "Send me a code",
        EmailInvalid = "Enter an email address, like name@example.com.",
        KindInvalid = "Choose what you would like.",
        PurposeRequired = "Choose which use of your information this is about.",
        RegionInvalid = "Choose where you live.",
        VerifyTitle = "Enter your code",
        VerifyIntro = "If we hold information on the address you gave, we have just sent a six-digit code to it. It works for 15 minutes. We send codes by email only.",
        Code = "Code",
        Details = "Anything you want to add (optional)",
        Confirm = "Confirm my request",
        CodeWrong = "That code is not right. Check the email we sent and try again.",
        CodeExpired = "This code has expired or was tried too often. Please start again.",
        StartAgain = "Start again",
        CenterTitle = "Privacy Center: your requests",
        CenterIntro = "Follow your requests, download your information, and make new requests.",
        YourRequests = "Your requests",
        NoRequests = "You have made no requests yet.",
        Reference = "Reference",
        Status = "Status",
        Received = "Received",
        Due = "Answer due by",
        MakeRequest = "Make a new request",
        Field = "Information to correct",
        FieldHint = "Only for a correction.",
        NewValue = "Correct value",
        FieldRequired = "Choose the information to correct and give its correct value.",
        ControlCharacters = "Please remove the invisible control characters.",
        Destination = "Move to which of our services?",
        DestinationRequired = "Choose the service to move your information to.",
        CaseTitle = "Request {0}",
        History = "What happened",
        Replies = "Our replies",
        Download = "Download your information (zip)",
        NoEmailOnFile = "We have no email address for you on file, so our replies are only here.",
        TelephoneNote = "We cannot send codes by text message; if we only have your telephone number, write to us at the address in our privacy notice.",
        Change = "What we changed",
        EarlierValue = "Earlier value (kept on record)",
        CorrectedValue = "Corrected value",
        Kinds = new Dictionary<RequestKind, string>
        {
            [RequestKind.Access] = "See my information", [RequestKind.Portability] = "Get my information in a portable format",
            [RequestKind.Correction] = "Correct my information", [RequestKind.Restriction] = "Restrict a use of my information",
            [RequestKind.Objection] = "Object to a use of my information", [RequestKind.Erasure] = "Delete my information",
            [RequestKind.Withdrawal] = "Withdraw a consent", [RequestKind.Migration] = "Move my information to another of your services",
            [RequestKind.Deregistration] = "Close my account", [RequestKind.Contact] = "Ask the privacy team a question",
        },
        States = new Dictionary<CaseState, string>
        {
            [CaseState.Open] = "Received", [CaseState.AwaitingProof] = "Waiting for you", [CaseState.Processing] = "In progress",
            [CaseState.Completed] = "Done", [CaseState.Declined] = "Declined",
        },
        Actions = new Dictionary<string, string>
        {
            ["received"] = "Request received", ["started"] = "Work started", ["applied"] = "Carried out", ["notified"] = "Recipients told",
            ["replied"] = "Reply sent", ["completed"] = "Closed", ["declined"] = "Declined", ["extended"] = "Deadline extended",
            ["proof_requested"] = "More proof asked for", ["proof_received"] = "Proof received", ["planned"] = "Planned",
            ["assigned"] = "Assigned", ["reminded"] = "Deadline reminder", ["escalated"] = "Escalated",
        },
    };

    public static readonly RequestText Zh = new()
    {
        NewTitle = "提交隐私请求",
        NewIntro = "您可以要求查阅、迁移、更正、限制处理或删除您的信息，撤回同意，注销账号，或向我们的隐私保护团队留言。我们将在 30 天内答复。",
        Email = "您的电子邮箱",
        EmailHint = "您提供给我们的邮箱。如我们持有与其相关的信息，将向其发送验证码以确认是您本人。",
        Kind = "您希望我们做什么？",
        Purpose = "涉及哪项用途？",
        PurposeHint = "限制处理、反对处理或撤回同意时需选择。",
        NoPurpose = "（无需选择）",
        Region = "您居住在哪里？",
        Send = "发送验证码",
        EmailInvalid = "请输入电子邮箱，例如 name@example.com。",
        KindInvalid = "请选择您希望我们做什么。",
        PurposeRequired = "请选择该请求涉及的用途。",
        RegionInvalid = "请选择您的居住地区。",
        VerifyTitle = "输入验证码",
        VerifyIntro = "如我们持有与您所填邮箱相关的信息，我们已向该邮箱发送六位验证码，15 分钟内有效。验证码仅通过电子邮件发送。",
        Code = "验证码",
        Details = "补充说明（选填）",
        Confirm = "确认请求",
        CodeWrong = "验证码不正确。请查看我们发送的邮件后重试。",
        CodeExpired = "该验证码已过期或尝试次数过多。请重新开始。",
        StartAgain = "重新开始",
        CenterTitle = "隐私中心：您的请求",
        CenterIntro = "查看请求进度，下载您的信息，或提交新的请求。",
        YourRequests = "您的请求",
        NoRequests = "您尚未提交任何请求。",
        Reference = "编号",
        Status = "状态",
        Received = "收到时间",
        Due = "答复期限",
        MakeRequest = "提交新请求",
        Field = "需更正的信息",
        FieldHint = "仅在更正时填写。",
        NewValue = "正确内容",
        FieldRequired = "请选择需更正的信息并填写正确内容。",
        ControlCharacters = "请删除不可见的控制字符。",
        Destination = "迁移至我们的哪项服务？",
        DestinationRequired = "请选择要迁移至的服务。",
        CaseTitle = "请求 {0}",
        History = "处理经过",
        Replies = "我们的答复",
        Download = "下载您的信息（zip）",
        NoEmailOnFile = "我们没有您的电子邮箱，因此答复仅显示在此处。",
        TelephoneNote = "我们无法通过短信发送验证码；如我们仅持有您的电话号码，请按隐私声明中的地址致函我们。",
        Change = "我们更正的内容",
        EarlierValue = "原内容（留档保存）",
        CorrectedValue = "更正后的内容",
        Kinds = new Dictionary<RequestKind, string>
        {
            [RequestKind.Access] = "查阅我的信息", [RequestKind.Portability] = "以可携带格式获取我的信息",
            [RequestKind.Correction] = "更正我的信息", [RequestKind.Restriction] = "限制对我信息的某项处理",
            [RequestKind.Objection] = "反对对我信息的某项处理", [RequestKind.Erasure] = "删除我的信息",
            [RequestKind.Withdrawal] = "撤回某项同意", [RequestKind.Migration] = "将我的信息迁移至贵方其他服务",
            [RequestKind.Deregistration] = "注销我的账号", [RequestKind.Contact] = "向隐私保护团队咨询",
        },
        States = new Dictionary<CaseState, string>
        {
            [CaseState.Open] = "已收到", [CaseState.AwaitingProof] = "等待您的回复", [CaseState.Processing] = "处理中",
            [CaseState.Completed] = "已完成", [CaseState.Declined] = "已拒绝",
        },
        Actions = new Dictionary<string, string>
        {
            ["received"] = "收到请求", ["started"] = "开始处理", ["applied"] = "已执行", ["notified"] = "已通知接收方",
            ["replied"] = "已发送答复", ["completed"] = "已结案", ["declined"] = "已拒绝", ["extended"] = "延长期限",
            ["proof_requested"] = "要求补充证明", ["proof_received"] = "已收到证明", ["planned"] = "已规划",
            ["assigned"] = "已分配", ["reminded"] = "期限提醒", ["escalated"] = "已升级处理",
        },
    };
}

namespace Steward.Core.Requests;

/// <summary>The templates of replies to a request, in one language. Every member is required, so a
/// reply cannot ship with a missing translation. {0}, {1}... are formats.</summary>
public sealed record ReplyText
{
    public required string Greeting { get; init; }
    public required string SubjectLine { get; init; }
    public required string Received { get; init; }
    public required string ProofRequested { get; init; }
    public required string Extended { get; init; }
    public required string Declined { get; init; }
    public required string Answered { get; init; }
    public required string DoneAccess { get; init; }
    public required string DoneCorrection { get; init; }
    public required string DoneRestriction { get; init; }
    public required string DoneObjection { get; init; }
    public required string DoneErasure { get; init; }
    public required string DoneWithdrawal { get; init; }
    public required string DoneMigration { get; init; }
    public required string DoneDeregistration { get; init; }
    public required string Kept { get; init; }
    public required string DownloadLink { get; init; }
    public required string TransferDone { get; init; }
    public required string TransferRefused { get; init; }
    public required string PrivacyCenter { get; init; }
    public required string Complaint { get; init; }
    public required string SignOff { get; init; }
    public required IReadOnlyDictionary<RequestKind, string> Kinds { get; init; }
    public required IReadOnlyDictionary<DeclineReason, string> DeclineReasons { get; init; }
    public required IReadOnlyDictionary<ExtensionReason, string> ExtensionReasons { get; init; }
    public required IReadOnlyDictionary<string, string> Proofs { get; init; }

    public static ReplyText For(string language) => language == "zh-CN" ? Zh : En;

    public static readonly ReplyText En = new()
    {
        Greeting = "Hello,",
        SubjectLine = "Your privacy request {0}",
        Received = "We received your request to {1} on {2}. Its reference is {0}. We will answer by {3} at the latest.",
        ProofRequested = "Before we can act on your request {0}, we need {1}. Please reply to this message or write to us at {2}.",
        Extended = "We need more time for your request {0}, because {1}. The law allows us to extend the deadline; we will now answer by {2} at the latest.",
        Declined = "We cannot carry out your request {0}: {1}.",
        Answered = "Our answer to your message {0}:",
        DoneAccess = "Your copy of everything we hold about you is ready (request {0}). It is a zip file with a readable page and a machine-readable JSON file.",
        DoneCorrection = "We corrected your information as you asked (request {0}). We kept a record of the earlier value, and told those who had received it.",
        DoneRestriction = "From now on we no longer use your information for \"{1}\" (request {0}); we keep it stored.",
        DoneObjection = "We stopped using your information for \"{1}\", as you objected (request {0}).",
        DoneErasure = "We deleted your personal information (request {0}), and told those who had received it.",
        DoneWithdrawal = "Your consent to \"{1}\" is withdrawn (request {0}). What we did before stays lawful, and uses on other grounds are not affected.",
        DoneMigration = "Your information is ready to be moved to {1} (request {0}): download it below and import it there, or ask that service to fetch it with the link.",
        DoneDeregistration = "Your account is closed and the services tied to it have stopped (request {0}); we deleted your personal information.",
        Kept = "We could not delete everything: a legal hold obliges us to keep your information ({0}). We keep it only for that reason, use it for nothing else, and delete it once the obligation ends.",
        DownloadLink = "Download it here (the link works for {1} days): {0}",
        TransferDone = "We sent your information directly to {0}.",
        TransferRefused = "We could not send your information directly to {0}: that service cannot receive it from us at the moment. Your package is still available to download with the link below, so you can import it there yourself.",
        PrivacyCenter = "You can follow your requests in the Privacy Center: {0}",
        Complaint = "If you are not satisfied with our answer, you can complain to {0}: {1}",
        SignOff = "The privacy team of {0}",
        Kinds = new Dictionary<RequestKind, string>
        {
            [RequestKind.Access] = "see your information", [RequestKind.Portability] = "receive your information in a portable format",
            [RequestKind.Correction] = "correct your information", [RequestKind.Restriction] = "restrict the use of your information",
            [RequestKind.Objection] = "object to a use of your information", [RequestKind.Erasure] = "delete your information",
            [RequestKind.Withdrawal] = "withdraw your consent", [RequestKind.Migration] = "move your information to another of our services",
            [RequestKind.Deregistration] = "close your account", [RequestKind.Contact] = "ask the privacy team a question",
        },
        DeclineReasons = new Dictionary<DeclineReason, string>
        {
            [DeclineReason.Fraudulent] = "it appears not to come from the person the information is about",
            [DeclineReason.Unfeasible] = "it cannot reasonably be carried out",
            [DeclineReason.JeopardisesOthers] = "carrying it out would put other people's privacy at risk",
        },
        ExtensionReasons = new Dictionary<ExtensionReason, string>
        {
            [ExtensionReason.Complexity] = "the request is complex",
            [ExtensionReason.NumberOfRequests] = "we received many requests at the same time",
        },
        Proofs = new Dictionary<string, string>
        {
            ["written_request"] = "your request in writing, signed",
            ["identity_proof"] = "more proof that you are the person the information is about",
        },
    };

    public static readonly ReplyText Zh = new()
    {
        Greeting = "您好：",
        SubjectLine = "您的隐私请求 {0}",
        Received = "我们已于 {2} 收到您{1}的请求，编号为 {0}。我们最迟将于 {3} 前答复您。",
        ProofRequested = "在处理您的请求 {0} 之前，我们需要{1}。请回复本邮件或致函 {2}。",
        Extended = "由于{1}，我们需要更多时间处理您的请求 {0}。依据法律规定，我们延长了答复期限，最迟将于 {2} 前答复您。",
        Declined = "我们无法执行您的请求 {0}：{1}。",
        Answered = "关于您的留言 {0}，我们的答复如下：",
        DoneAccess = "我们持有的关于您的全部信息的副本已准备就绪（请求 {0}）。这是一个压缩文件，包含一个可阅读的网页和一个机器可读的 JSON 文件。",
        DoneCorrection = "我们已按您的要求更正了您的信息（请求 {0}），保留了更正前的记录，并已通知曾接收该信息的接收方。",
        DoneRestriction = "自即日起，我们不再将您的信息用于“{1}”（请求 {0}），但仍予以保存。",
        DoneObjection = "根据您的反对，我们已停止将您的信息用于“{1}”（请求 {0}）。",
        DoneErasure = "我们已删除您的个人信息（请求 {0}），并已通知曾接收该信息的接收方。",
        DoneWithdrawal = "您对“{1}”的同意已撤回（请求 {0}）。撤回前已进行的处理仍然合法，基于其他合法依据的处理不受影响。",
        DoneMigration = "您的信息已可迁移至{1}（请求 {0}）：请在下方下载后导入该服务，或请该服务通过链接获取。",
        DoneDeregistration = "您的账号已注销，与之相关的服务已停止（请求 {0}）；我们已删除您的个人信息。",
        Kept = "我们无法删除全部信息：法律保全义务要求我们保留您的信息（{0}）。我们仅为此目的保留，不作他用，并将在该义务结束后删除。",
        DownloadLink = "请在此下载（链接 {1} 天内有效）：{0}",
        TransferDone = "我们已将您的信息直接发送至{0}。",
        TransferRefused = "我们未能将您的信息直接发送至{0}：该服务目前无法从我们这里接收信息。您仍可通过下方链接下载您的信息包，自行导入该服务。",
        PrivacyCenter = "您可以在隐私中心查看您的请求：{0}",
        Complaint = "如您对我们的答复不满意，可以向{0}投诉：{1}",
        SignOff = "{0} 隐私保护团队",
        Kinds = new Dictionary<RequestKind, string>
        {
            [RequestKind.Access] = "查阅个人信息", [RequestKind.Portability] = "以可携带格式获取个人信息",
            [RequestKind.Correction] = "更正个人信息", [RequestKind.Restriction] = "限制处理个人信息",
            [RequestKind.Objection] = "反对处理个人信息", [RequestKind.Erasure] = "删除个人信息",
            [RequestKind.Withdrawal] = "撤回同意", [RequestKind.Migration] = "将个人信息迁移至我们的其他服务",
            [RequestKind.Deregistration] = "注销账号", [RequestKind.Contact] = "向隐私保护团队咨询",
        },
        DeclineReasons = new Dictionary<DeclineReason, string>
        {
            [DeclineReason.Fraudulent] = "该请求看来并非由信息所涉及的本人提出",
            [DeclineReason.Unfeasible] = "该请求无法合理执行",
            [DeclineReason.JeopardisesOthers] = "执行该请求将危及他人的隐私",
        },
        ExtensionReasons = new Dictionary<ExtensionReason, string>
        {
            [ExtensionReason.Complexity] = "您的请求较为复杂",
            [ExtensionReason.NumberOfRequests] = "我们同时收到了大量请求",
        },
        Proofs = new Dictionary<string, string>
        {
            ["written_request"] = "您签名的书面请求",
            ["identity_proof"] = "进一步证明您是该信息所涉及的本人",
        },
    };
}

using Steward.Hosting;

namespace Steward.Pages.Console;

/// <summary>The words of the Console's audit log page in one language. Every member is required, so the
/// page cannot ship with a missing translation. Texts with {0} are formats.</summary>
public sealed record AuditText
{
    public required string Title { get; init; }
    public required string Intro { get; init; }
    public required string LatestCheckpoint { get; init; }
    public required string NoCheckpoint { get; init; }
    public required string TreeSize { get; init; }
    public required string RootHash { get; init; }
    public required string SignedAt { get; init; }
    public required string VerifyNow { get; init; }
    public required string VerifyPassed { get; init; }
    public required string VerifyFailedEntry { get; init; }
    public required string VerifyFailedCheckpoint { get; init; }
    public required string Filters { get; init; }
    public required string ActionPrefix { get; init; }
    public required string SubjectId { get; init; }
    public required string Decision { get; init; }
    public required string AnyDecision { get; init; }
    public required string Allowed { get; init; }
    public required string Denied { get; init; }
    public required string Apply { get; init; }
    public required string ClearFilters { get; init; }
    public required string Index { get; init; }
    public required string Time { get; init; }
    public required string Actor { get; init; }
    public required string Action { get; init; }
    public required string Purpose { get; init; }
    public required string Reason { get; init; }
    public required string NoEntries { get; init; }
    public required string Older { get; init; }
    public required string Newer { get; init; }
    public required string ActionInvalid { get; init; }
    public required string SubjectInvalid { get; init; }
    public required string DecisionInvalid { get; init; }

    public static AuditText Current => Localization.Current == "zh-CN" ? Zh : En;

    public static readonly AuditText En = new()
    {
        Title = "Audit log",
        Intro = "Every decision and staff action, newest first. Subjects appear only by their pseudonymous id.",
        LatestCheckpoint = "Latest signed checkpoint",
        NoCheckpoint = "No checkpoint has been signed yet.",
        TreeSize = "Entries covered",
        RootHash = "Root hash",
        SignedAt = "Signed",
        VerifyNow = "Verify now",
        VerifyPassed = "The log verifies: {0:N0} entries and {1:N0} checkpoints checked.",
        VerifyFailedEntry = "The log does not verify: entry {0} fails (its hash does not match its fields); everything before it checked out.",
        VerifyFailedCheckpoint = "The log does not verify: the checkpoint at tree size {0} fails; everything before it checked out.",
        Filters = "Filter entries",
        ActionPrefix = "Action starts with",
        SubjectId = "Subject id",
        Decision = "Decision",
        AnyDecision = "Any",
        Allowed = "Allowed",
        Denied = "Denied",
        Apply = "Filter",
        ClearFilters = "Show all entries",
        Index = "Index",
        Time = "Time (UTC)",
        Actor = "Actor",
        Action = "Action",
        Purpose = "Purpose",
        Reason = "Reason",
        NoEntries = "No entries match.",
        Older = "Older entries",
        Newer = "Newer entries",
        ActionInvalid = "An action is written with letters, digits, dots, dashes and underscores, in at most 100 characters.",
        SubjectInvalid = "That is not a subject id. A subject id looks like 0193a5e2-7c4b-7d1e-9f3a-2b8c6d4e1f00.",
        DecisionInvalid = "Choose allowed, denied or any decision.",
    };

    public static readonly AuditText Zh = new()
    {
        Title = "审计日志",
        Intro = "所有决定和员工操作，最新的在前。个人信息主体仅以假名标识符显示。",
        LatestCheckpoint = "最新签名检查点",
        NoCheckpoint = "尚未签署任何检查点。",
        TreeSize = "涵盖条目数",
        RootHash = "根哈希",
        SignedAt = "签署时间",
        VerifyNow = "立即验证",
        VerifyPassed = "日志验证通过：已检查 {0:N0} 条记录和 {1:N0} 个检查点。",
        VerifyFailedEntry = "日志验证未通过：第 {0} 条记录有误（其哈希与内容不符）；此前的内容均已核实。",
        VerifyFailedCheckpoint = "日志验证未通过：涵盖 {0} 条记录的检查点有误；此前的内容均已核实。",
        Filters = "筛选记录",
        ActionPrefix = "操作开头为",
        SubjectId = "主体标识符",
        Decision = "决定",
        AnyDecision = "全部",
        Allowed = "允许",
        Denied = "拒绝",
        Apply = "筛选",
        ClearFilters = "显示全部记录",
        Index = "序号",
        Time = "时间（UTC）",
        Actor = "操作者",
        Action = "操作",
        Purpose = "目的",
        Reason = "原因",
        NoEntries = "没有符合条件的记录。",
        Older = "更早的记录",
        Newer = "更新的记录",
        ActionInvalid = "操作名称只能包含字母、数字、点、短横线和下划线，最多 100 个字符。",
        SubjectInvalid = "这不是有效的主体标识符。主体标识符的格式如 0193a5e2-7c4b-7d1e-9f3a-2b8c6d4e1f00。",
        DecisionInvalid = "请选择允许、拒绝或全部。",
    };
}

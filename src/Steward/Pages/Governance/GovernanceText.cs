using Steward.Hosting;

namespace Steward.Pages.Governance;

/// <summary>The words of the governance pages (recipients, retention, breaches, the record of
/// processing, the dashboard) in one language; every member is required. {0} marks a format.</summary>
public sealed record GovernanceText
{
    public required string Governance { get; init; }
    public required string DashboardIntro { get; init; }
    public required string Recipients { get; init; }
    public required string Retention { get; init; }
    public required string Breaches { get; init; }
    public required string Ropa { get; init; }
    public required string BreachClocks { get; init; }
    public required string NoOpenBreaches { get; init; }
    public required string HoursOf { get; init; }
    public required string RetentionNext { get; init; }
    public required string ConsentRates { get; init; }
    public required string ConsentRate { get; init; }
    public required string NoConsents { get; init; }
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string NameEn { get; init; }
    public required string NameZh { get; init; }
    public required string Kind { get; init; }
    public required string Country { get; init; }
    public required string Agreements { get; init; }
    public required string Source { get; init; }
    public required string FromCatalogue { get; init; }
    public required string FromRegister { get; init; }
    public required string InForce { get; init; }
    public required string NotInForce { get; init; }
    public required string NoAgreement { get; init; }
    public required string Purposes { get; init; }
    public required string Categories { get; init; }
    public required string Grounds { get; init; }
    public required string CommaSeparated { get; init; }
    public required string RegisterRecipient { get; init; }
    public required string AddAgreement { get; init; }
    public required string Recipient { get; init; }
    public required string Reference { get; init; }
    public required string SignedOn { get; init; }
    public required string ExpiresOn { get; init; }
    public required string Save { get; init; }
    public required string Saved { get; init; }
    public required string RecentDisclosures { get; init; }
    public required string NoDisclosures { get; init; }
    public required string Time { get; init; }
    public required string Subject { get; init; }
    public required string Ground { get; init; }
    public required string Purpose { get; init; }
    public required string Form { get; init; }
    public required string Mechanism { get; init; }
    public required string RetentionIntro { get; init; }
    public required string Rule { get; init; }
    public required string Period { get; init; }
    public required string From { get; init; }
    public required string Then { get; init; }
    public required string DueNow { get; init; }
    public required string DueIn30Days { get; init; }
    public required string CategoryHolds { get; init; }
    public required string NoCategoryHolds { get; init; }
    public required string PlaceHold { get; init; }
    public required string Category { get; init; }
    public required string Reason { get; init; }
    public required string Until { get; init; }
    public required string Release { get; init; }
    public required string BreachesIntro { get; init; }
    public required string RegisterBreach { get; init; }
    public required string Title { get; init; }
    public required string AwareAt { get; init; }
    public required string AwareAtHint { get; init; }
    public required string Nature { get; init; }
    public required string Deadline { get; init; }
    public required string Status { get; init; }
    public required string Risk { get; init; }
    public required string HoursLeft { get; init; }
    public required string Overdue { get; init; }
    public required string AuthorityNotified { get; init; }
    public required string Closed { get; init; }
    public required string NoBreaches { get; init; }
    public required string Impact { get; init; }
    public required string People { get; init; }
    public required string ByRegion { get; init; }
    public required string ByCategory { get; init; }
    public required string DraftEn { get; init; }
    public required string DraftZh { get; init; }
    public required string Updates { get; init; }
    public required string AddUpdate { get; init; }
    public required string Text { get; init; }
    public required string Assess { get; init; }
    public required string Consequences { get; init; }
    public required string Measures { get; init; }
    public required string Advice { get; init; }
    public required string RecordAuthorityNotified { get; init; }
    public required string LateReason { get; init; }
    public required string NotifyPeople { get; init; }
    public required string PeopleNotified { get; init; }
    public required string Close { get; init; }
    public required string ClosingNote { get; init; }
    public required string RiskNames { get; init; }
    public required string RopaIntro { get; init; }
    public required string Controller { get; init; }
    public required string LegalBasis { get; init; }
    public required string SubjectKinds { get; init; }
    public required string Transfers { get; init; }
    public required string RetentionRules { get; init; }
    public required string Security { get; init; }
    public required string SecurityText { get; init; }
    public required string DownloadCsv { get; init; }
    public required string DownloadJson { get; init; }
    public required string Invalid { get; init; }

    public static GovernanceText Current => Localization.Current == "zh-CN" ? Zh : En;

    public static readonly GovernanceText En = new()
    {
        Governance = "Governance", DashboardIntro = "Breach clocks, what retention erases next, and consent by purpose.",
        Recipients = "Recipients and disclosures", Retention = "Retention", Breaches = "Breaches", Ropa = "Record of processing activities",
        BreachClocks = "Breach clocks", NoOpenBreaches = "No breach awaits notification.", HoursOf = "{0} of {1} hours",
        RetentionNext = "Retention: due in the next 30 days", ConsentRates = "Consent rates by purpose", ConsentRate = "{0}% of {1} asked",
        NoConsents = "No consent recorded yet.",
        Id = "Id", Name = "Name", NameEn = "Name in English", NameZh = "Name in Chinese", Kind = "Kind", Country = "Country (ISO code, e.g. DE)",
        Agreements = "Agreements", Source = "Source", FromCatalogue = "catalogue", FromRegister = "register",
        InForce = "in force", NotInForce = "not in force", NoAgreement = "none: receives nothing",
        Purposes = "Purposes", Categories = "Categories", Grounds = "Grounds", CommaSeparated = "Ids separated by commas.",
        RegisterRecipient = "Register a recipient", AddAgreement = "Add an agreement", Recipient = "Recipient", Reference = "Reference",
        SignedOn = "Signed on", ExpiresOn = "Expires on (optional)", Save = "Save", Saved = "Saved.",
        RecentDisclosures = "Recent disclosures", NoDisclosures = "Nothing has been disclosed yet.", Time = "Time", Subject = "Subject",
        Ground = "Ground", Purpose = "Purpose", Form = "Form", Mechanism = "Transfer mechanism",
        RetentionIntro = "Each rule of the catalogue, with how many people it will erase now and within 30 days. The sweep runs on a schedule, or with `steward retention run`.",
        Rule = "Rule", Period = "Period", From = "Counted from", Then = "Then", DueNow = "Due now", DueIn30Days = "Due within 30 days",
        CategoryHolds = "Legal holds on categories", NoCategoryHolds = "No category is on hold.", PlaceHold = "Place a legal hold on a category",
        Category = "Category", Reason = "Reason (a case or law reference, no personal data)", Until = "Until (optional)", Release = "Release",
        BreachesIntro = "Every incident, with the 72-hour clock from awareness (GDPR art. 33(5)).", RegisterBreach = "Register a breach",
        Title = "Title", AwareAt = "Became aware at (UTC)", AwareAtHint = "Empty means now.", Nature = "What happened",
        Deadline = "Notify the authority by", Status = "Status", Risk = "Risk", HoursLeft = "{0} hours left", Overdue = "overdue",
        AuthorityNotified = "authority notified", Closed = "closed", NoBreaches = "No breach is registered.",
        Impact = "People and categories affected", People = "People", ByRegion = "By region", ByCategory = "By category",
        DraftEn = "Draft notification (English)", DraftZh = "Draft notification (Chinese)", Updates = "Information added in phases",
        AddUpdate = "Add information", Text = "Text", Assess = "Assess the risk", Consequences = "Likely consequences",
        Measures = "Measures taken or proposed", Advice = "What people can do", RecordAuthorityNotified = "Record that the authority was notified",
        LateReason = "Reason for the delay (required after the deadline)", NotifyPeople = "Notify the people affected by email",
        PeopleNotified = "{0} people notified.", Close = "Close the breach", ClosingNote = "Closing note",
        RiskNames = "Not assessed|Unlikely to result in a risk|A risk|A high risk",
        RopaIntro = "Generated from the catalogue and the recipients register (GDPR art. 30(1)).", Controller = "Controller",
        LegalBasis = "Legal basis", SubjectKinds = "People concerned", Transfers = "Transfers out of the region", RetentionRules = "Time limits",
        Security = "Security measures", SecurityText = "Personal data is encrypted per person (AES-256-GCM) in the vault, every use passes the purpose gate and is recorded in a signed, tamper-evident audit log; erasure destroys the person's key.",
        DownloadCsv = "Download CSV", DownloadJson = "Download JSON", Invalid = "Check this field.",
    };

    public static readonly GovernanceText Zh = new()
    {
        Governance = "合规治理", DashboardIntro = "安全事件时限、即将到期删除的数据，以及各目的的同意情况。",
        Recipients = "接收方及对外提供记录", Retention = "存储期限", Breaches = "安全事件", Ropa = "处理活动记录",
        BreachClocks = "安全事件时限", NoOpenBreaches = "没有待报告的安全事件。", HoursOf = "{0} / {1} 小时",
        RetentionNext = "存储期限：未来 30 天内到期", ConsentRates = "各目的的同意率", ConsentRate = "{1} 人中 {0}% 同意",
        NoConsents = "尚无同意记录。",
        Id = "标识", Name = "名称", NameEn = "英文名称", NameZh = "中文名称", Kind = "类型", Country = "国家（ISO 代码，如 DE）",
        Agreements = "协议", Source = "来源", FromCatalogue = "目录", FromRegister = "登记",
        InForce = "有效", NotInForce = "无效", NoAgreement = "无：不得接收任何信息",
        Purposes = "目的", Categories = "信息类别", Grounds = "依据", CommaSeparated = "多个标识以逗号分隔。",
        RegisterRecipient = "登记接收方", AddAgreement = "添加协议", Recipient = "接收方", Reference = "编号",
        SignedOn = "签署日期", ExpiresOn = "到期日期（可选）", Save = "保存", Saved = "已保存。",
        RecentDisclosures = "最近的对外提供记录", NoDisclosures = "尚无对外提供记录。", Time = "时间", Subject = "主体",
        Ground = "依据", Purpose = "目的", Form = "形式", Mechanism = "出境机制",
        RetentionIntro = "目录中的每条规则，以及现在和 30 天内将删除的人数。清理按计划运行，也可执行 `steward retention run`。",
        Rule = "规则", Period = "期限", From = "起算事件", Then = "到期处理", DueNow = "现已到期", DueIn30Days = "30 天内到期",
        CategoryHolds = "按类别的法律保全", NoCategoryHolds = "没有处于保全状态的类别。", PlaceHold = "对类别实施法律保全",
        Category = "类别", Reason = "原因（案件或法律依据，不含个人信息）", Until = "截止（可选）", Release = "解除",
        BreachesIntro = "所有事件及自知悉起的 72 小时时限（GDPR 第33条第5款）。", RegisterBreach = "登记安全事件",
        Title = "标题", AwareAt = "知悉时间（UTC）", AwareAtHint = "留空表示现在。", Nature = "事件经过",
        Deadline = "向监管机构报告期限", Status = "状态", Risk = "风险", HoursLeft = "剩余 {0} 小时", Overdue = "已逾期",
        AuthorityNotified = "已报告监管机构", Closed = "已结案", NoBreaches = "尚未登记任何安全事件。",
        Impact = "受影响的人员及信息类别", People = "人数", ByRegion = "按地区", ByCategory = "按类别",
        DraftEn = "报告草稿（英文）", DraftZh = "报告草稿（中文）", Updates = "分阶段补充的信息",
        AddUpdate = "补充信息", Text = "内容", Assess = "评估风险", Consequences = "可能的后果",
        Measures = "已采取或拟采取的措施", Advice = "个人可以采取的措施", RecordAuthorityNotified = "记录已向监管机构报告",
        LateReason = "迟延原因（超过期限后必填）", NotifyPeople = "通过电子邮件通知受影响的个人",
        PeopleNotified = "已通知 {0} 人。", Close = "结案", ClosingNote = "结案说明",
        RiskNames = "未评估|不太可能产生风险|存在风险|存在高风险",
        RopaIntro = "根据目录及接收方登记生成（GDPR 第30条第1款）。", Controller = "个人信息处理者",
        LegalBasis = "法律依据", SubjectKinds = "涉及的个人", Transfers = "向区域外提供", RetentionRules = "存储期限",
        Security = "安全措施", SecurityText = "个人信息在保管库中按人加密（AES-256-GCM），每次使用均经过目的闸门并记入带签名、防篡改的审计日志；删除时销毁该人的密钥。",
        DownloadCsv = "下载 CSV", DownloadJson = "下载 JSON", Invalid = "请检查此项。",
    };

    public string RiskName(Core.Breaches.BreachRisk risk) => RiskNames.Split('|')[(int)risk];
}

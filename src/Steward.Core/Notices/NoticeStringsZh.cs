using Steward.Core.Catalogue.Model;

namespace Steward.Core.Notices;

internal static class NoticeStringsZh
{
    public static readonly NoticeStrings Instance = new()
    {
        Language = "zh-CN",
        Title = "隐私声明",
        Intro = (organisation, site) =>
            $"{organisation}在此说明：我们通过{site}及下列其他网站收集哪些个人信息、为何收集、依据什么法律基础、向谁提供、保存多久，以及您如何控制这些信息。",
        Headings = new Dictionary<NoticeSection, string>
        {
            [NoticeSection.Scope] = "一、本声明的适用范围",
            [NoticeSection.Collection] = "二、我们收集哪些信息以及如何使用",
            [NoticeSection.Cookies] = "三、Cookie 及同类技术",
            [NoticeSection.Sharing] = "四、我们如何共享、转让和公开披露信息",
            [NoticeSection.Protection] = "五、我们如何保护和保存信息",
            [NoticeSection.Rights] = "六、您的权利及行使方式",
            [NoticeSection.Juveniles] = "七、未成年人",
            [NoticeSection.ThirdParties] = "八、第三方服务提供者及其服务",
            [NoticeSection.International] = "九、个人信息的跨境传输",
            [NoticeSection.Changes] = "十、本声明的变更",
            [NoticeSection.Contact] = "十一、如何联系我们",
        },
        SitesCovered = "本声明适用于以下网站：",
        WhatWeCollect = "我们收集的信息",
        FormCollects = "收集",
        AllCategories = "信息类别",
        Sensitive = "敏感",
        NonPersonal = "非个人信息",
        HowWeUse = "使用目的及法律基础",
        PurposeColumn = "目的",
        BasisColumn = "法律基础",
        CategoriesColumn = "使用的信息",
        ConsentAsked = "以下目的我们会单独征求您的同意，您可随时撤回：",
        InterestScopes = "可订阅的主题",
        CookieCategoriesIntro = "我们按用途将 Cookie 分为以下几类：",
        NoConsentNeeded = "始终启用：网站运行所必需",
        ConsentNeeded = "仅在您同意后启用",
        CookieColumn = "Cookie",
        CategoryColumn = "类别",
        LifetimeColumn = "有效期",
        ProviderColumn = "设置方",
        FirstParty = "我们",
        Session = "关闭浏览器时失效",
        SimilarTechnologies = "同类技术",
        StopsOnUnsubscribe = "退订邮件列表后即停止",
        FlowHeadings = new Dictionary<FlowKind, string>
        {
            [FlowKind.Sharing] = "共享",
            [FlowKind.Transfer] = "转让",
            [FlowKind.Disclosure] = "公开披露",
        },
        Exceptions = "无需征得同意的情形",
        LegalReference = "法律依据",
        Recipients = "信息接收方",
        RecipientColumn = "接收方",
        KindColumn = "类型",
        CountryColumn = "国家或地区",
        AgreementsColumn = "约束文件",
        Retention = "信息保存期限",
        PeriodColumn = "保存期限",
        FromColumn = "起算时间",
        ThenColumn = "届满后",
        Deadline = (region, days, extension) => extension > 0
            ? $"{region}：我们在 {days} 天内答复；在法律允许时，可再延长不超过 {extension} 天，并在最初 {days} 天内告知您原因。"
            : $"{region}：我们在 {days} 天内答复。",
        Complaint = (region, authority) => $"{region}：您可以向{authority}投诉",
        JuvenileAge = (region, age) => $"{region}：未满 {age} 周岁者为未成年人。",
        ThirdPartyServices = "以下服务由他人运营，您向其提交的信息适用其各自的政策：",
        LeavesPolicy = "不适用本声明",
        TransfersOut = (region, mechanisms) => $"{region}：个人信息传出该地区时，仅依据以下方式之一：{mechanisms}。",
        AdequateCountries = "被认定为具有充分保护水平的国家或地区",
        LeadTime = period => $"重大变更至少在生效前 {period}公告。",
        ContactEmail = "电子邮件",
        ContactAddress = "邮寄地址",
        ContactTelephone = "电话",
        ContactForm = "在线表单",
        ContactResponse = days => $"每一个问题或请求都会登记为案件并跟踪处理，我们在 {days} 天内答复。",
        Bases = new Dictionary<LegalBasis, string>
        {
            [LegalBasis.Contract] = "履行合同",
            [LegalBasis.Consent] = "您的同意",
            [LegalBasis.LegitimateInterests] = "正当利益",
            [LegalBasis.LegalObligation] = "法定义务",
        },
        RecipientKinds = new Dictionary<RecipientKind, string>
        {
            [RecipientKind.Affiliate] = "关联公司",
            [RecipientKind.ServiceProvider] = "服务提供商",
            [RecipientKind.Authority] = "政府机关",
            [RecipientKind.Acquirer] = "收购方",
            [RecipientKind.ThirdParty] = "第三方",
        },
        Agreements = new Dictionary<AgreementKind, string>
        {
            [AgreementKind.Contract] = "合同",
            [AgreementKind.NonDisclosure] = "保密协议",
            [AgreementKind.DataProcessingClauses] = "数据处理条款",
            [AgreementKind.StandardContractualClauses] = "标准合同条款",
            [AgreementKind.ChinaStandardContract] = "个人信息出境标准合同",
            [AgreementKind.BindingCorporateRules] = "有约束力的公司规则",
            [AgreementKind.SuccessorUndertaking] = "继续受本声明约束的承诺",
        },
        Events = new Dictionary<RetentionEvent, string>
        {
            [RetentionEvent.Collection] = "收集之时",
            [RetentionEvent.LastActivity] = "您最后一次活动",
            [RetentionEvent.ApplicationClosed] = "招聘流程结束",
            [RetentionEvent.Deregistration] = "注销账户",
            [RetentionEvent.ConsentWithdrawn] = "撤回同意",
            [RetentionEvent.Visit] = "访问之时",
        },
        Actions = new Dictionary<RetentionAction, string>
        {
            [RetentionAction.Erase] = "删除",
            [RetentionAction.Anonymise] = "匿名化",
        },
        Period = p => p == default ? "不保留，立即处理"
            : (p.Years > 0 ? $"{p.Years} 年" : "") + (p.Months > 0 ? $"{p.Months} 个月" : "") + (p.Days > 0 ? $"{p.Days} 天" : ""),
        Colon = "：",
        Bracket = text => $"（{text}）",
        ListSeparator = "、",
    };
}

using System.Globalization;
using System.Text;
using Steward.Core.Catalogue.Model;

namespace Steward.Core.Breaches;

/// <summary>The draft notification to the supervisory authority, with what GDPR art. 33(3) and PIPL
/// art. 57 require, in English or Simplified Chinese. Counts only, never a person's data.</summary>
public static class BreachDraft
{
    public static string Compose(PolicyCatalogue catalogue, Breach breach, BreachImpact impact, DateTimeOffset deadline, string language)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(breach);
        ArgumentNullException.ThrowIfNull(impact);
        var zh = language == "zh-CN";
        var lang = zh ? "zh-CN" : "en";
        string T(string en, string cn) => zh ? cn : en;
        string Category(string id) => catalogue.Categories.Find(c => c.Id == id)?.Name.In(lang) ?? id;
        string Region(string id) => catalogue.Regions.Find(r => r.Id == id)?.Name.In(lang) ?? id;
        string When(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
        string Or(string text) => string.IsNullOrWhiteSpace(text) ? T("(to be completed)", "（待补充）") : text;

        var s = new StringBuilder();
        s.AppendLine(CultureInfo.InvariantCulture, $"# {T("Notification of a personal data breach", "个人信息安全事件报告")}: {breach.Title}");
        s.AppendLine();
        s.AppendLine(CultureInfo.InvariantCulture, $"- {T("Controller", "个人信息处理者")}: {catalogue.Organisation.Name.In(lang)}");
        s.AppendLine(CultureInfo.InvariantCulture, $"- {T("Became aware", "知悉时间")}: {When(breach.AwareAt)}");
        s.AppendLine(CultureInfo.InvariantCulture, $"- {T("Notification due by", "报告期限")}: {When(deadline)}");
        s.AppendLine();
        s.AppendLine(CultureInfo.InvariantCulture, $"## 1. {T("Nature of the breach and its cause (GDPR art. 33(3)(a); PIPL art. 57(1))", "事件性质及原因（GDPR 第33条第3款(a)项；《个人信息保护法》第57条第1项）")}");
        s.AppendLine(Or(breach.Nature));
        s.AppendLine();
        s.AppendLine(CultureInfo.InvariantCulture, $"## 2. {T("Categories of personal information and approximate numbers of people concerned", "涉及的个人信息种类及大致人数")}");
        s.AppendLine(CultureInfo.InvariantCulture, $"{T("People concerned", "涉及人数")}: {impact.People}");
        foreach (var (region, count) in impact.PeopleByRegion.OrderBy(r => r.Key, StringComparer.Ordinal))
            s.AppendLine(CultureInfo.InvariantCulture, $"- {Region(region)}: {count}");
        foreach (var (category, count) in impact.PeopleByCategory.OrderBy(c => c.Key, StringComparer.Ordinal))
            s.AppendLine(CultureInfo.InvariantCulture, $"- {Category(category)}: {count}");
        foreach (var category in breach.Categories.Where(c => !impact.PeopleByCategory.Keys.Any(k => k == c || k.StartsWith(c + ".", StringComparison.Ordinal))))
            s.AppendLine(CultureInfo.InvariantCulture, $"- {Category(category)}");
        s.AppendLine();
        s.AppendLine(CultureInfo.InvariantCulture, $"## 3. {T("Likely consequences and possible harm (GDPR art. 33(3)(c); PIPL art. 57(1))", "可能造成的后果及危害（GDPR 第33条第3款(c)项；《个人信息保护法》第57条第1项）")}");
        s.AppendLine(Or(breach.Consequences));
        s.AppendLine();
        s.AppendLine(CultureInfo.InvariantCulture, $"## 4. {T("Measures taken or proposed (GDPR art. 33(3)(d); PIPL art. 57(2))", "已采取或拟采取的补救措施（GDPR 第33条第3款(d)项；《个人信息保护法》第57条第2项）")}");
        s.AppendLine(Or(breach.Measures));
        s.AppendLine();
        s.AppendLine(CultureInfo.InvariantCulture, $"## 5. {T("What people can do to reduce harm (PIPL art. 57(3))", "个人可以采取的减轻危害的措施（《个人信息保护法》第57条第3项）")}");
        s.AppendLine(Or(breach.AdviceToPeople));
        s.AppendLine();
        s.AppendLine(CultureInfo.InvariantCulture, $"## 6. {T("Contact point for more information (GDPR art. 33(3)(b); PIPL art. 57(4))", "联系方式（GDPR 第33条第3款(b)项；《个人信息保护法》第57条第4项）")}");
        s.AppendLine(catalogue.Organisation.Contact.Email);
        if (breach.Updates.Count > 0)
        {
            s.AppendLine();
            s.AppendLine(CultureInfo.InvariantCulture, $"## {T("Information provided in phases (GDPR art. 33(4))", "分阶段补充的信息（GDPR 第33条第4款）")}");
            foreach (var update in breach.Updates) s.AppendLine(CultureInfo.InvariantCulture, $"- {When(update.At)}: {update.Text}");
        }
        if (breach.LateReason is { Length: > 0 } late)
        {
            s.AppendLine();
            s.AppendLine(CultureInfo.InvariantCulture, $"## {T("Reasons for the delay (GDPR art. 33(1))", "迟延报告的原因（GDPR 第33条第1款）")}");
            s.AppendLine(late);
        }
        return s.ToString();
    }
}

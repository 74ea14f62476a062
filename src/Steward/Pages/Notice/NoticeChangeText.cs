using Steward.Hosting;

namespace Steward.Pages.Notice;

/// <summary>The words of the notice-change banner and the Console's notice-change page, per language.</summary>
public sealed record NoticeChangeText
{
    public required string Banner { get; init; }
    public required string SeeVersion { get; init; }
    public required string Title { get; init; }
    public required string Site { get; init; }
    public required string Version { get; init; }
    public required string Previous { get; init; }
    public required string Difference { get; init; }
    public required string Material { get; init; }
    public required string EffectiveAt { get; init; }
    public required string Mark { get; init; }
    public required string Announce { get; init; }
    public required string Announced { get; init; }
    public required string LeadTimeError { get; init; }
    public required string NoChange { get; init; }

    public static NoticeChangeText Current => Localization.Current == "zh-CN" ? Zh : En;

    public static readonly NoticeChangeText En = new()
    {
        Banner = "This notice changes on {0}.", SeeVersion = "Read the new version", Title = "Notice changes", Site = "Site",
        Version = "Version", Previous = "Previous version", Difference = "What changed", Material = "Material change (announced by email and on the notice page)",
        EffectiveAt = "Takes effect on (UTC)", Mark = "Save", Announce = "Announce by email now", Announced = "Announced to {0} people.",
        LeadTimeError = "A material change takes effect no sooner than the lead time after it is announced.", NoChange = "The first version: nothing to compare.",
    };

    public static readonly NoticeChangeText Zh = new()
    {
        Banner = "本声明将于 {0} 起变更。", SeeVersion = "阅读新版本", Title = "声明变更", Site = "网站",
        Version = "版本", Previous = "上一版本", Difference = "变更内容", Material = "重大变更（通过电子邮件及声明页面提前告知）",
        EffectiveAt = "生效日期（UTC）", Mark = "保存", Announce = "立即通过电子邮件告知", Announced = "已告知 {0} 人。",
        LeadTimeError = "重大变更须在告知后经过规定的提前期方可生效。", NoChange = "首个版本：无可比较的内容。",
    };
}

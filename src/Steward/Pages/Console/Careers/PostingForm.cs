using Steward.Careers;
using Steward.Core.Careers;

namespace Steward.Pages.Console.Careers;

/// <summary>What a recruiter types for a posting, checked.</summary>
public sealed class PostingForm
{
    public string TitleEn { get; set; } = "";
    public string TitleZh { get; set; } = "";
    public string DescriptionEn { get; set; } = "";
    public string DescriptionZh { get; set; } = "";
    public string Site { get; set; } = "";
    public bool Open { get; set; }

    // The model binder turns an empty field into null, whatever the property's type says.
    public PostingText Text => new(Clean(TitleEn), Clean(TitleZh), Clean(DescriptionEn), Clean(DescriptionZh));

    private static string Clean(string? value) => value?.Trim() ?? "";

    public List<string> Problems(IEnumerable<string> sites)
    {
        var text = CareersText.Current;
        var problems = new List<string>();
        var t = Text;
        if (new[] { t.TitleEn, t.TitleZh, t.DescriptionEn, t.DescriptionZh }.Any(string.IsNullOrEmpty)) problems.Add(text.PostingTitleRequired);
        if (t.TitleEn.Length > PostingLimits.Title || t.TitleZh.Length > PostingLimits.Title
            || t.DescriptionEn.Length > PostingLimits.Description || t.DescriptionZh.Length > PostingLimits.Description) problems.Add(text.PostingTooLong);
        if (!sites.Contains(Site ?? "")) problems.Add(text.PostingSiteInvalid);
        return problems;
    }

    public static PostingForm From(JobPosting posting) => new()
    {
        TitleEn = posting.TitleEn, TitleZh = posting.TitleZh, DescriptionEn = posting.DescriptionEn,
        DescriptionZh = posting.DescriptionZh, Site = posting.SiteId, Open = posting.Open,
    };
}

public sealed record PostingFieldsView(PostingForm Input, IReadOnlyList<Steward.Core.Catalogue.Model.Site> Sites);

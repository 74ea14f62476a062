namespace Steward.Careers;

/// <summary>Addresses of the careers pages of the Console.</summary>
public static class CareersLinks
{
    public const string Postings = "/console/careers/postings";
    public const string Applications = "/console/careers/applications";

    public static string Posting(Guid id) => $"{Postings}/{id}";

    public static string Application(Guid id) => $"{Applications}/{id}";
}

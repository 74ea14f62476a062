namespace Steward.Pages.Governance;

public static class GovernanceLinks
{
    public const string Dashboard = "/console/governance";
    public const string Recipients = "/console/recipients";
    public const string Retention = "/console/retention";
    public const string Breaches = "/console/breaches";
    public const string Ropa = "/console/ropa";

    public static string Breach(long id) => Breaches + "/" + id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Ids typed as a comma-separated list.</summary>
    public static List<string> Ids(string? text) =>
        [.. (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct()];
}

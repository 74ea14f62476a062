using Steward.Hosting;

namespace Steward.Staff;

/// <summary>Addresses of the Console's pages, kept in the reader's language.</summary>
public static class ConsoleLinks
{
    public const string Home = "/console";
    public const string SignIn = "/console/sign-in";
    public const string SignInCode = "/console/sign-in/code";
    public const string SignOut = "/console/sign-out";
    public const string TwoFactor = "/console/two-factor";
    public const string RecoveryCodes = "/console/recovery-codes";
    public const string Staff = "/console/staff";
    public const string ApiKeys = "/console/api-keys";
    public const string Audit = "/console/audit";

    public static string Setup(string token) => "/console/setup/" + token;

    public static string Member(string id) => "/console/staff/" + Uri.EscapeDataString(id);

    /// <summary>The address with the current language added (?lang= or &amp;lang=).</summary>
    public static string To(string path) => path + (path.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "lang=" + Localization.Current;
}

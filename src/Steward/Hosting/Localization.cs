using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Steward.Hosting;

/// <summary>Every page a person reads is in English or Simplified Chinese: chosen by ?lang=, then by
/// the language cookie, then by the browser's Accept-Language.</summary>
public static class Localization
{
    public static readonly string[] Languages = ["en", "zh-CN"];

    public static void UseStewardLocalization(this WebApplication app)
    {
        // Browsers ask for Chinese as zh, zh-CN, zh-Hans or zh-Hans-CN: all of them read the zh-CN pages.
        var cultures = Languages.Concat(["zh", "zh-Hans"]).Select(CultureInfo.GetCultureInfo).ToList();
        var options = new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture("en"),
            SupportedCultures = cultures,
            SupportedUICultures = cultures,
            FallBackToParentCultures = true,
            FallBackToParentUICultures = true,
        };
        options.RequestCultureProviders.Insert(0, new QueryStringRequestCultureProvider { QueryStringKey = "lang", UIQueryStringKey = "lang" });
        app.UseRequestLocalization(options);
    }

    /// <summary>The supported language closest to the request's culture: en or zh-CN.</summary>
    public static string Current => CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? "zh-CN" : "en";
}

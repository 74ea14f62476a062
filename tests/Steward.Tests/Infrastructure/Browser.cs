using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Steward.Tests.Infrastructure;

/// <summary>One headless Chromium for the whole test run: Debian's <c>chromium</c> package (installed
/// by test.sh), driven by Playwright. Each test opens its own context, so cookies never leak between tests.</summary>
internal static class Browser
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static IPlaywright? _playwright;
    private static IBrowser? _browser;

    /// <summary>A fresh browser context (its own cookies and storage) in the given language,
    /// e.g. "en-GB" or "zh-CN"; dispose it at the end of the test.</summary>
    public static async Task<IBrowserContext> NewContextAsync(Uri baseAddress, string locale = "en-GB", BrowserNewContextOptions? options = null)
    {
        var browser = await SharedAsync();
        options ??= new BrowserNewContextOptions();
        options.BaseURL = baseAddress.ToString();
        options.Locale = locale;
        options.ExtraHTTPHeaders ??= new Dictionary<string, string> { ["Accept-Language"] = locale };
        var context = await browser.NewContextAsync(options);
        context.SetDefaultTimeout(15_000);
        return context;
    }

    /// <summary>Runs axe-core on the page and returns the serious and critical violations, one line
    /// each, so an assertion failure says what is wrong and where.</summary>
    public static async Task<IReadOnlyList<string>> SeriousAccessibilityProblemsAsync(IPage page)
    {
        var result = await page.RunAxe();
        return [.. result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")];
    }

    private static async Task<IBrowser> SharedAsync()
    {
        if (_browser is not null) return _browser;
        await Gate.WaitAsync();
        try
        {
            if (_browser is not null) return _browser;
            _playwright = await Playwright.CreateAsync();
            _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ChromiumPath,
                Headless = true,
                Args = ["--no-sandbox", "--disable-dev-shm-usage"],
            });
            return _browser;
        }
        finally
        {
            Gate.Release();
        }
    }
}

using PuppeteerSharp;
using Xunit.Abstractions;

namespace ConseilsCitoyens.Api.Tests.Browser;

/// <summary>
/// Debian's chromium, headless (build/chromium.sh installs it; build/test.sh says where with
/// CONSEILS_CHROMIUM), with a page that records every console error, page error and failed request.
/// </summary>
public sealed class WatchedBrowser : IAsyncDisposable
{
    private readonly IBrowser _browser;

    private WatchedBrowser(IBrowser browser, IPage page)
    {
        _browser = browser;
        Page = page;
        page.Console += (_, e) => { if (e.Message.Type == ConsoleType.Error) Errors.Add($"console: {e.Message.Text}"); };
        page.PageError += (_, e) => Errors.Add($"page: {e.Message}");
        page.RequestFailed += (_, e) => Errors.Add($"request: {e.Request.Url} {e.Request.FailureText}");
    }

    public IPage Page { get; }

    public List<string> Errors { get; } = [];

    /// <summary>
    /// Every text of a chart whose box, as the browser laid it out, leaves the chart's own drawing
    /// area (its viewBox): what a reader would see cut at an edge. Named by chart and text.
    /// </summary>
    public const string TextOutsideItsChart = """
        [...document.querySelectorAll('svg.graphique')].flatMap(svg => {
          const view = svg.viewBox.baseVal;
          return [...svg.querySelectorAll('text')].filter(t => {
            const b = t.getBBox();
            return b.x < view.x || b.y < view.y || b.x + b.width > view.x + view.width || b.y + b.height > view.y + view.height;
          }).map(t => svg.id + ': ' + t.textContent);
        })
        """;

    /// <returns>True, with the reason in the test's output and figures, when chromium could not be installed here (CONSEILS_CHROMIUM_SKIP).</returns>
    public static bool Skipped(ITestOutputHelper output, string what)
    {
        if (Environment.GetEnvironmentVariable("CONSEILS_CHROMIUM_SKIP") is not { Length: > 0 } reason)
            return false;
        Infrastructure.Figures.Report(output, $"{what} skipped, {reason}");
        return true;
    }

    public static async Task<WatchedBrowser> Launch()
    {
        var chromium = Environment.GetEnvironmentVariable("CONSEILS_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";
        Assert.True(File.Exists(chromium), $"No chromium at {chromium}: run build/chromium.sh (build/test.sh does).");
        var browser = await Puppeteer.LaunchAsync(new LaunchOptions
        {
            ExecutablePath = chromium,
            HeadlessMode = HeadlessMode.True,
            // Root cannot sandbox; no GPU on a CI machine.
            Args = ["--headless=new", "--no-sandbox", "--disable-gpu"],
        });
        var page = await browser.NewPageAsync();
        await page.SetViewportAsync(new ViewPortOptions { Width = 1280, Height = 900 });
        return new WatchedBrowser(browser, page);
    }

    /// <summary>Where a test leaves files for people to look at: build/test.sh's .testresults/ (CONSEILS_TEST_RESULTS), else the checkout's.</summary>
    public static string ResultsFolder()
    {
        if (Environment.GetEnvironmentVariable("CONSEILS_TEST_RESULTS") is { Length: > 0 } given)
            return Directory.CreateDirectory(given).FullName;
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "ConseilsCitoyens.sln")))
            folder = folder.Parent;
        return Directory.CreateDirectory(Path.Combine(folder?.FullName ?? AppContext.BaseDirectory, ".testresults")).FullName;
    }

    public async ValueTask DisposeAsync()
    {
        await Page.DisposeAsync();
        await _browser.DisposeAsync();
    }
}

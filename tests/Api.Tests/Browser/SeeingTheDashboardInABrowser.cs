using System.Net;
using ConseilsCitoyens.Api.Tests.Infrastructure;
using ConseilsCitoyens.Api.Tests.Reports;
using System.Diagnostics;
using PuppeteerSharp;
using Xunit.Abstractions;

namespace ConseilsCitoyens.Api.Tests.Browser;

/// <summary>
/// The dashboard in Debian's chromium, headless (build/chromium.sh installs it; build/test.sh says
/// where with CONSEILS_CHROMIUM): it loads without console errors, shows the figures and draws the
/// charts; a screenshot is written for people to look at (CONSEILS_SCREENSHOT).
/// </summary>
public class SeeingTheDashboardInABrowser(ApiFixture fixture, ITestOutputHelper output) : ReportTest(fixture)
{
    [Fact]
    public async Task The_dashboard_loads_in_a_browser_without_errors_with_its_figures_and_charts()
    {
        if (Environment.GetEnvironmentVariable("CONSEILS_CHROMIUM_SKIP") is { Length: > 0 } reason)
        {
            Figures.Report(output, $"browser: test skipped, {reason}");
            return;
        }
        var chromium = Environment.GetEnvironmentVariable("CONSEILS_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";
        Assert.True(File.Exists(chromium), $"No chromium at {chromium}: run build/chromium.sh (build/test.sh does).");
        await GivenThreeConventionYears();
        // A unit as long as a reader meets on the programme's dashboard ("8 réunions par conseil").
        await Post($"/conventions/{ConventionId}/targets", new { indicatorId = "meetings-per-council", year = 3, value = 8m, setOn = "2016-03-21" });
        var token = Uri.EscapeDataString(Fixture.TokenFor("sponsor"));

        var watch = Stopwatch.StartNew();
        await using var door = await KestrelDoor.Open(Fixture.Client(role: null));
        await using var browser = await Puppeteer.LaunchAsync(new LaunchOptions
        {
            ExecutablePath = chromium,
            HeadlessMode = HeadlessMode.True,
            // Root cannot sandbox; no GPU on a CI machine.
            Args = ["--headless=new", "--no-sandbox", "--disable-gpu"],
        });
        await using var page = await browser.NewPageAsync();
        await page.SetViewportAsync(new ViewPortOptions { Width = 1280, Height = 900 });
        var errors = new List<string>();
        page.Console += (_, e) => { if (e.Message.Type == ConsoleType.Error) errors.Add($"console: {e.Message.Text}"); };
        page.PageError += (_, e) => errors.Add($"page: {e.Message}");
        page.RequestFailed += (_, e) => errors.Add($"request: {e.Request.Url} {e.Request.FailureText}");

        var response = await page.GoToAsync($"{door.Address}/tableau-de-bord?year=2018&access_token={token}", WaitUntilNavigation.Load);
        var text = await page.EvaluateExpressionAsync<string>("document.body.innerText");
        var charts = await page.EvaluateExpressionAsync<string[]>("[...document.querySelectorAll('svg.graphique')].map(s => s.id)");
        var bars = await page.EvaluateExpressionAsync<int>("document.querySelectorAll('svg.graphique g.barre > title').length");
        var overflowing = await page.EvaluateExpressionAsync<string[]>(TextOutsideItsChart);
        var screenshot = Environment.GetEnvironmentVariable("CONSEILS_SCREENSHOT") is { Length: > 0 } file
            ? file : Path.Combine(AppContext.BaseDirectory, "tableau-de-bord.png");
        await page.ScreenshotAsync(screenshot, new ScreenshotOptions { FullPage = true });
        Figures.Report(output, $"browser: chromium opened the dashboard and took its screenshot in {watch.Elapsed.TotalSeconds:0.0} s ({bars} bars): {screenshot}");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Empty(errors);
        Assert.Equal("Tableau de bord des conseils citoyens — 2018", await page.GetTitleAsync());
        // The 2018 table: two meetings held, 83,3 % attendance; the charts: year 3's target of 3 meetings (revised), 1 held, gap −2.
        Assert.Contains("Réunions tenues", text);
        Assert.Contains("83,3\u00a0%", text);
        Assert.Contains("Évolution sur la convention — ensemble du dispositif", text);
        Assert.Equal(["cibles-meetings-held", "cibles-meetings-per-council", "cibles-residents-reached", "cibles-training-hours", "pilotage", "presence"],
            charts.Order());
        Assert.Empty(overflowing);
        Assert.True(bars >= 4 * 3 + 2 * 9, $"{bars} bars");
        Assert.True(new FileInfo(screenshot).Length > 10_000, "the screenshot is nearly empty");
        var titles = await page.EvaluateExpressionAsync<string[]>("[...document.querySelectorAll('svg.graphique g.barre > title')].map(t => t.textContent)");
        Assert.Contains(titles, t => t.StartsWith("Année 3 (du 1 avril 2018 au 31 mars 2019) : Réunions tenues 1 réunions, cible 3 réunions, écart −2 réunions", StringComparison.Ordinal));
        Assert.Contains(titles, t => t.StartsWith("T1 2018 : taux de présence 66,7", StringComparison.Ordinal));
        Assert.Contains(titles, t => t.StartsWith("T1 2018 : 1 séance, dont 0 avec un représentant du conseil", StringComparison.Ordinal));
    }

    /// <summary>
    /// Every text of a chart whose box, as the browser laid it out, leaves the chart's own drawing
    /// area (its viewBox): what a reader would see cut at an edge. Named by chart and text.
    /// </summary>
    private const string TextOutsideItsChart = """
        [...document.querySelectorAll('svg.graphique')].flatMap(svg => {
          const view = svg.viewBox.baseVal;
          return [...svg.querySelectorAll('text')].filter(t => {
            const b = t.getBBox();
            return b.x < view.x || b.y < view.y || b.x + b.width > view.x + view.width || b.y + b.height > view.y + view.height;
          }).map(t => svg.id + ': ' + t.textContent);
        })
        """;
}

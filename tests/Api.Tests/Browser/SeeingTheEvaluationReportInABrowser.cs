using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using ConseilsCitoyens.Api.Tests.Infrastructure;
using ConseilsCitoyens.Api.Tests.Reports;
using PuppeteerSharp;
using PuppeteerSharp.Media;
using Xunit.Abstractions;

namespace ConseilsCitoyens.Api.Tests.Browser;

/// <summary>
/// The evaluation report in headless chromium: it loads without a console error or a failed request,
/// its targets, values, gaps and attainments are /evaluation's, and it prints; a screenshot and the
/// PDF's first pages (pdftoppm, from Debian's poppler-utils) are left in .testresults/ for people to look at.
/// </summary>
public class SeeingTheEvaluationReportInABrowser(ApiFixture fixture, ITestOutputHelper output) : ReportTest(fixture)
{
    private const string Targets = """
        [...document.querySelectorAll('tr[data-perimetre="programme"]')].map(r => [r.dataset.annee, r.dataset.indicateur, r.dataset.cible, r.dataset.valeur,
          r.dataset.ecart, r.dataset.atteinte, r.cells[3].innerText, r.cells[5].innerText])
        """;

    [Fact]
    public async Task The_report_opens_and_prints_in_a_browser_with_the_evaluation_s_figures()
    {
        if (WatchedBrowser.Skipped(output, "browser: test"))
            return;
        await GivenThreeConventionYears();
        var token = Uri.EscapeDataString(Fixture.TokenFor("sponsor"));
        var results = WatchedBrowser.ResultsFolder();

        var watch = Stopwatch.StartNew();
        await using var door = await KestrelDoor.Open(Fixture.Client(role: null));
        await using var browser = await WatchedBrowser.Launch();
        var page = browser.Page;
        var response = await page.GoToAsync($"{door.Address}/evaluation/rapport?asOf=2018-06-30&access_token={token}", WaitUntilNavigation.Load);
        var shown = await page.EvaluateExpressionAsync<string[][]>(Targets);
        var overflowing = await page.EvaluateExpressionAsync<string[]>(WatchedBrowser.TextOutsideItsChart);
        var charts = await page.EvaluateExpressionAsync<string[]>("[...document.querySelectorAll('svg.graphique')].map(s => s.id)");
        var screenshot = Path.Combine(results, "rapport-evaluation.png");
        await page.ScreenshotAsync(screenshot, new ScreenshotOptions { FullPage = true });
        var pdf = Path.Combine(results, "rapport-evaluation.pdf");
        await page.PdfAsync(pdf, new PdfOptions { PreferCSSPageSize = true, PrintBackground = true, Format = PaperFormat.A4 });
        var pages = await FirstPagesAsPng(pdf, Path.Combine(results, "rapport-evaluation-page"));
        Figures.Report(output, $"browser: chromium opened, shot and printed the evaluation report in {watch.Elapsed.TotalSeconds:0.0} s: {screenshot}, {string.Join(", ", pages)}");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Empty(browser.Errors);
        Assert.Empty(overflowing);
        Assert.Equal(["atteinte-dispositif", "atteinte-reunions"], charts.Order());
        Assert.StartsWith("Rapport d'évaluation — Convention d'objectifs d'essai", await page.GetTitleAsync());
        var evaluation = (await Get("/evaluation?asOf=2018-06-30")).Json;
        var expected = evaluation.GetProperty("years").EnumerateArray().SelectMany(y => y.GetProperty("targets").EnumerateArray().Select(t => string.Join("|",
            y.GetProperty("number").GetInt32(), t.GetProperty("indicatorId").GetString(), Number(t.GetProperty("target")), Number(t.GetProperty("value")),
            Number(t.GetProperty("gap")), Number(t.GetProperty("attainment"))))).Order();
        Assert.Equal(expected, shown.Select(row => string.Join("|", row[..6])).Order());
        // As a reader sees them: year 2's 10 training hours targeted, 7 done, 70 %.
        Assert.Contains(shown, row => row[1] == "training-hours" && row[6] == "7 heures" && row[7] == "70 %");
        Assert.True(new FileInfo(screenshot).Length > 10_000, "the screenshot is nearly empty");
        Assert.True(pages.Count >= 3, $"{pages.Count} pages printed");
        Assert.All(pages, p => Assert.True(new FileInfo(p).Length > 2_000, $"{p} is nearly empty"));
    }

    /// <returns>The PNG files of the PDF's first three pages, named prefix-1.png….</returns>
    private static async Task<IReadOnlyList<string>> FirstPagesAsPng(string pdf, string prefix)
    {
        foreach (var old in Directory.GetFiles(Path.GetDirectoryName(prefix)!, Path.GetFileName(prefix) + "-*.png"))
            File.Delete(old);
        using var pdftoppm = Process.Start(new ProcessStartInfo("pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", "3", pdf, prefix])
            { RedirectStandardError = true }) ?? throw new InvalidOperationException("pdftoppm did not start");
        var errors = await pdftoppm.StandardError.ReadToEndAsync();
        await pdftoppm.WaitForExitAsync();
        Assert.True(pdftoppm.ExitCode == 0, $"pdftoppm (Debian's poppler-utils, build/chromium.sh installs it): {errors}");
        return Directory.GetFiles(Path.GetDirectoryName(prefix)!, Path.GetFileName(prefix) + "-*.png").Order().ToArray();
    }

    private static string Number(JsonElement e) => e.ValueKind == JsonValueKind.Null ? "" : e.GetDecimal().ToString(CultureInfo.InvariantCulture);

}

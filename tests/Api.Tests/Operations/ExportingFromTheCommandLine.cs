using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using ConseilsCitoyens.Api.Tests.Infrastructure;
using ConseilsCitoyens.Api.Tests.Reports;
using static ConseilsCitoyens.Api.Tests.Scenarios;

namespace ConseilsCitoyens.Api.Tests.Operations;

/// <summary>The export command line, run as a process: its files are the API's own answers.</summary>
public class ExportingFromTheCommandLine(ApiFixture fixture) : ReportTest(fixture)
{
    [Fact]
    public async Task The_command_writes_every_view_as_the_api_serves_it_as_known_at_the_same_instant()
    {
        await GivenThreeConventionYears();
        // Both read the log as it stood at one instant: the one a view says it reflects now.
        var knownAt = (await Get("/vacancies")).Json.GetProperty("knownAt").GetString()!;
        var folder = Path.Combine(Path.GetTempPath(), "export-" + Guid.NewGuid().ToString("N"));
        try
        {
            var run = await ApiProcess.Run("export", "--to", folder, "--year", "2018", "--asOf", "2018-06-30", "--as-known-at", knownAt);

            Assert.True(run.ExitCode == 0, run.Stdout + run.Stderr);
            Assert.Contains("export: 5/5 views", run.Stdout);
            Assert.Matches(@"export: 5 views \(1 arrondissements, 1 councils, roadmaps, evaluation\), 10 files for 2018-01-01\.\.2018-06-30 as known at " +
                Regex.Escape(knownAt) + @" in .+ in [\d.,]+ s", run.Stdout);
            Assert.Equal(
                new[]
                {
                    "arrondissement-75118.csv", "arrondissement-75118.json", $"conseil-{CouncilId}.csv", $"conseil-{CouncilId}.json",
                    "evaluation.csv", "evaluation.json", "feuilles-de-route.csv", "feuilles-de-route.json", "programme.csv", "programme.json",
                },
                Directory.GetFiles(folder).Select(f => Path.GetFileName(f)!).Order().ToArray());

            var asKnownAt = "&asKnownAt=" + Uri.EscapeDataString(knownAt);
            var csv = await Get($"/councils/{CouncilId}/report.csv?year=2018&asOf=2018-06-30{asKnownAt}");
            var written = await File.ReadAllBytesAsync(Path.Combine(folder, $"conseil-{CouncilId}.csv"));
            Assert.Equal(Encoding.UTF8.GetPreamble(), written.Take(3));
            Assert.Equal(csv.Body.TrimStart('\uFEFF'), Encoding.UTF8.GetString(written).TrimStart('\uFEFF'));
            var open = await Get($"/report?year=2018&asOf=2018-06-30&arrondissement=75118&open=true{asKnownAt}");
            Assert.Equal(open.Json.ToString(), JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(folder, "arrondissement-75118.json"))).RootElement.ToString());
            foreach (var (file, url) in new[] { ("evaluation", $"/evaluation?asOf=2018-06-30{asKnownAt}"), ("feuilles-de-route", $"/roadmaps/summary?asOf=2018-06-30{asKnownAt}") })
            {
                Assert.Equal((await Get(url)).Json.ToString(), JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(folder, file + ".json"))).RootElement.ToString());
                Assert.Equal((await Get(url.Replace("?", ".csv?"))).Body.TrimStart('\uFEFF'), (await File.ReadAllTextAsync(Path.Combine(folder, file + ".csv"))).TrimStart('\uFEFF'));
            }
        }
        finally
        {
            if (Directory.Exists(folder))
                Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task The_command_explains_itself_and_refuses_a_bad_year_or_instant()
    {
        var help = await ApiProcess.Run("export", "--help");
        var bad = await ApiProcess.Run("export", "--to", Path.GetTempPath(), "--year", "18");
        var badInstant = await ApiProcess.Run("export", "--to", Path.GetTempPath(), "--as-known-at", "yesterday");

        Assert.True(help.ExitCode == 0, help.Stdout + help.Stderr);
        Assert.Contains("--asof", help.Stdout, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("--as-known-at", help.Stdout, StringComparison.OrdinalIgnoreCase);
        Assert.NotEqual(0, bad.ExitCode);
        Assert.Contains("'18' does not name a year", bad.Stderr);
        Assert.NotEqual(0, badInstant.ExitCode);
        Assert.Contains("'yesterday' is not an ISO instant", badInstant.Stderr);
    }
}

using System.Security.Cryptography;
using System.Text.Json.Nodes;
using ConseilsCitoyens.Api.Tests.Browser;
using ConseilsCitoyens.Api.Tests.Infrastructure;
using ConseilsCitoyens.Api.Tests.Reports;
using Xunit.Abstractions;

namespace ConseilsCitoyens.Api.Tests.Operations;

/// <summary>The rapport command line, run as a process: the API's document as HTML, PDF (headless chromium) and JSON.</summary>
public class WritingTheEvaluationReport(ApiFixture fixture, ITestOutputHelper output) : ReportTest(fixture)
{
    [Fact]
    public async Task The_command_writes_the_document_as_html_pdf_and_json_and_prints_their_sha256()
    {
        if (WatchedBrowser.Skipped(output, "rapport: test"))
            return;
        await GivenThreeConventionYears();
        var folder = Directory.CreateTempSubdirectory("rapport-").FullName;
        try
        {
            var run = await ApiProcess.Run("rapport", "--to", folder, "--convention-year", "3", "--asOf", "2018-06-30");

            Assert.True(run.ExitCode == 0, run.Stdout + run.Stderr);
            Assert.Contains("rapport: convention year 3, 2018-04-01..2018-06-30, as known at ", run.Stdout);
            Assert.Equal(["rapport.html", "rapport.json", "rapport.pdf"], Directory.GetFiles(folder).Select(Path.GetFileName).Order());
            foreach (var file in Directory.GetFiles(folder))
                Assert.Contains($"{Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(file)))}  {file}\n", run.Stdout);
            Assert.Equal("%PDF-"u8.ToArray(), (await File.ReadAllBytesAsync(Path.Combine(folder, "rapport.pdf")))[..5]);
            Assert.StartsWith("<!DOCTYPE html>", await File.ReadAllTextAsync(Path.Combine(folder, "rapport.html")));

            // The API's figures; only the instant they were read at differs (the process reads the real clock).
            var api = JsonNode.Parse((await Get("/evaluation/rapport.json?conventionYear=3&asOf=2018-06-30")).Body)!;
            var written = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(folder, "rapport.json")))!;
            Assert.Equal(WithoutProvenance(api), WithoutProvenance(written));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("--convention-year", "4", "'4' is not a year of the convention")]
    [InlineData("--asOf", "2018-13-01", "'2018-13-01' is not an ISO date")]
    [InlineData("--as-known-at", "yesterday", "'yesterday' is not an ISO instant")]
    [InlineData("--chromium", "/nowhere/chromium", "no chromium at /nowhere/chromium")]
    public async Task The_command_refuses_what_it_cannot_honour(string flag, string value, string reason)
    {
        await GivenThreeConventionYears();

        var run = await ApiProcess.Run("rapport", "--to", Path.Combine(Path.GetTempPath(), "rapport-refused"), flag, value);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains(reason, run.Stderr);
    }

    private static string WithoutProvenance(JsonNode document)
    {
        document["method"]!.AsObject().Remove("provenance");
        return document.ToJsonString();
    }
}

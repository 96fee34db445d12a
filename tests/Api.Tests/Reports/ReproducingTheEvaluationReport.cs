using System.Net;
using System.Text;
using ConseilsCitoyens.Api.Tests.Browser;
using ConseilsCitoyens.Api.Tests.Infrastructure;
using Xunit.Abstractions;
using static ConseilsCitoyens.Api.Tests.Scenarios;

namespace ConseilsCitoyens.Api.Tests.Reports;

/// <summary>
/// The evaluation report generated twice for the same arguments, with events recorded after the
/// asKnownAt instant in between: the same HTML and JSON, byte for byte, over HTTP and from the
/// rapport command; read as it stands, the later events show.
/// </summary>
public class ReproducingTheEvaluationReport(ApiFixture fixture, ITestOutputHelper output) : ReportTest(fixture)
{
    private const string Query = "conventionYear=3&asOf=2018-06-30";

    [Fact]
    public async Task The_same_arguments_on_the_same_log_give_the_same_bytes_whatever_was_recorded_since()
    {
        await GivenThreeConventionYears();
        await Post("/audit/seals", "");
        // The instant a first reader saw the document at, as it says it.
        var published = (await Get($"/evaluation/rapport.json?{Query}")).Json.GetProperty("method").GetProperty("provenance");
        var at = Uri.EscapeDataString(published.GetProperty("knownAt").GetString()!);
        var first = await Twice(at);

        await GivenLaterEvents();
        await Post("/audit/seals", "");
        var second = await Twice(at);

        Assert.Equal(HttpStatusCode.OK, first.Html.Status);
        Assert.Equal(first.Html.Body, second.Html.Body);
        Assert.Equal(first.Json.Body, second.Json.Body);
        Assert.Equal(published.GetProperty("lastSequence").GetInt64(),
            second.Json.Json.GetProperty("method").GetProperty("provenance").GetProperty("lastSequence").GetInt64());
        // As it stands now, the training and the new member count.
        var now = await Get($"/evaluation/rapport.json?{Query}");
        Assert.NotEqual(Without(first.Json.Body, "provenance"), Without(now.Body, "provenance"));
        Assert.Contains("5,5 heures", (await Get($"/evaluation/rapport?{Query}")).Body);
        Assert.Contains("3,5 heures", second.Html.Body);

        if (WatchedBrowser.Skipped(output, "rapport: command part"))
            return;
        var folder = Directory.CreateTempSubdirectory("rapport-").FullName;
        try
        {
            var run = await ApiProcess.Run("rapport", "--to", folder, "--convention-year", "3", "--asOf", "2018-06-30",
                "--as-known-at", Uri.UnescapeDataString(at));
            Assert.True(run.ExitCode == 0, run.Stdout + run.Stderr);
            Assert.Equal(second.Html.Body, await File.ReadAllTextAsync(Path.Combine(folder, "rapport.html"), Encoding.UTF8));
            Assert.Equal(second.Json.Body, await File.ReadAllTextAsync(Path.Combine(folder, "rapport.json"), Encoding.UTF8));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private async Task<(Answer Html, Answer Json)> Twice(string at) =>
        (await Get($"/evaluation/rapport?{Query}&asKnownAt={at}"), await Get($"/evaluation/rapport.json?{Query}&asKnownAt={at}"));

    /// <summary>Facts of year 3 recorded after the document was first read: 2 hours of training, a new resident.</summary>
    private async Task GivenLaterEvents()
    {
        await Expect(HttpStatusCode.OK, Post($"/team/{Team.TeamScenarios.FacilitatorId}/trainings", new { topic = "Évaluation", hours = 2m, on = "2018-06-29" }));
        await Expect(HttpStatusCode.Created, Post(MembersOf(CouncilId), Resident(memberId: Guid.Parse("0190c1a0-0000-7000-8000-0000000000a8"))));
    }

    private static string Without(string json, string property)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(json)!;
        node["method"]!.AsObject().Remove(property);
        return node.ToJsonString();
    }
}

using System.Net;
using NodaTime;
using static ConseilsCitoyens.Api.Tests.Scenarios;

namespace ConseilsCitoyens.Api.Tests.Reports;

/// <summary>The 2024 map change: a council moves from its QP… code to a QN… one, and reads the same on either.</summary>
public class ReadingOnEitherMap(ApiFixture fixture) : ReportTest(fixture)
{
    private const string NewCode = "QN999001";

    private static object ToTheNewMap(string code = NewCode, string generation = "qpv2024", string on = "2024-01-01") =>
        new { quartierCodes = new[] { code }, generation, on };

    private async Task GivenTheCouncilMovedToTheNewMap()
    {
        await GivenACouncilWithAHalfYearOfActivity();
        await Expect(HttpStatusCode.Created, Post("/quartiers", new { code = NewCode, name = "Nouveau quartier d'essai", arrondissementCode = "75118", generation = "qpv2024" }));
        Fixture.Clock.Reset(Instant.FromUtc(2025, 1, 10, 9, 0));
        var council = await Get($"/councils/{CouncilId}");
        await Expect(HttpStatusCode.OK, Post($"/councils/{CouncilId}/quartiers", ToTheNewMap(), council.ETag));
    }

    [Fact]
    public async Task A_council_moves_to_the_2024_map_and_keeps_its_former_code_for_the_dates_before()
    {
        await GivenTheCouncilMovedToTheNewMap();

        var council = (await Get($"/councils/{CouncilId}")).Json;

        Assert.Equal(NewCode, council.GetProperty("quartierCodes")[0].GetString());
        var history = council.GetProperty("quartierHistory");
        Assert.Equal(2, history.GetArrayLength());
        Assert.Equal(("2017-03-06", "QP999001"), (history[0].GetProperty("from").GetString(), history[0].GetProperty("codes")[0].GetString()));
        Assert.Equal(("2024-01-01", NewCode), (history[1].GetProperty("from").GetString(), history[1].GetProperty("codes")[0].GetString()));
    }

    [Theory]
    [InlineData("QP999001")]
    [InlineData(NewCode)]
    [InlineData("qn999001")]
    public async Task A_quartier_report_reads_the_same_2018_figures_under_either_code(string code)
    {
        await GivenTheCouncilMovedToTheNewMap();

        var report = await Get($"/quartiers/{code}/report?from=2018-01-01&to=2018-06-30");

        Assert.Equal(HttpStatusCode.OK, report.Status);
        Assert.Equal("quartier", report.Json.GetProperty("scope").GetString());
        Assert.Equal(code.ToUpperInvariant(), report.Json.GetProperty("quartierCode").GetString());
        Assert.Equal(CouncilId, report.Json.GetProperty("councils")[0].GetGuid());
        Assert.Equal(2m, Value(report, "meetings-held"));
        Assert.Equal(0.8333m, Value(report, "attendance-rate"));
    }

    [Fact]
    public async Task The_arrondissement_still_finds_the_council_and_the_csv_names_the_quartier()
    {
        await GivenTheCouncilMovedToTheNewMap();

        var arrondissement = await Get("/report?year=2018&arrondissement=75118");
        var csv = await Fixture.Client().GetAsync($"/quartiers/{NewCode}/report.csv?year=2018");

        Assert.Equal(2m, Value(arrondissement, "meetings-held"));
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal($"rapport-quartier-{NewCode}-2018-01-01-2018-12-31.csv", csv.Content.Headers.ContentDisposition?.FileNameStar ?? csv.Content.Headers.ContentDisposition?.FileName);
        Assert.Contains($"quartier;;{NewCode};75118;2018-01-01", await csv.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_map_change_to_codes_of_the_wrong_map_or_unknown_is_refused_and_an_unknown_quartier_has_no_report()
    {
        await GivenACouncilWithAHalfYearOfActivity();
        Fixture.Clock.Reset(Instant.FromUtc(2025, 1, 10, 9, 0));

        var wrongMap = await Post($"/councils/{CouncilId}/quartiers", ToTheNewMap("QP999001"));
        var unknown = await Post($"/councils/{CouncilId}/quartiers", ToTheNewMap("QN999777"));
        var report = await Get("/quartiers/QN999777/report?year=2018");

        Assert.Equal((HttpStatusCode.UnprocessableEntity, "council.quartier-of-another-map"), (wrongMap.Status, wrongMap.ProblemCode));
        Assert.Equal((HttpStatusCode.UnprocessableEntity, "council.unknown-quartier"), (unknown.Status, unknown.ProblemCode));
        Assert.Equal(HttpStatusCode.NotFound, report.Status);
    }
}

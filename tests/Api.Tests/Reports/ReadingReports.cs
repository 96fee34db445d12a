using System.Net;
using Snapshooter.Xunit;
using static ConseilsCitoyens.Api.Tests.Scenarios;

namespace ConseilsCitoyens.Api.Tests.Reports;

public class ReadingReports(ApiFixture fixture) : ReportTest(fixture)
{
    [Fact]
    public async Task A_council_report_gives_each_indicator_over_the_period()
    {
        await GivenACouncilWithAHalfYearOfActivity();

        var report = await Get($"{CouncilReport}?from=2018-01-01&to=2018-06-30");

        Assert.Equal(HttpStatusCode.OK, report.Status);
        Assert.Equal(3m, Value(report, "members-residents"));
        Assert.Equal(1m, Value(report, "residents-share"));
        Assert.Equal(2m, Value(report, "meetings-held"));
        Assert.Equal(0.8333m, Value(report, "attendance-rate"));
        Assert.Equal(0.5m, Value(report, "meetings-chaired-by-members-share"));
        Assert.Equal(1m, Value(report, "proposals-answered"));
        Assert.Equal(42m, Value(report, "answer-delay-days-median"));
        Assert.Equal(1m, Value(report, "steering-sessions"));
        Assert.Equal(0m, Value(report, "steering-sessions-with-representative"));
        Assert.Equal(150_000m, Value(report, "funds-obtained-cents"));
        Assert.Equal(1m, Value(report, "compliance-warnings"));
        Assert.Equal(1, Indicator(report, "compliance-warnings").GetProperty("breakdown").GetProperty("rule-12").GetInt32());
        var attendance = Indicator(report, "attendance-rate");
        Assert.Equal("Taux de présence", attendance.GetProperty("label").GetString());
        Assert.Equal(2, attendance.GetProperty("definitionVersion").GetInt32());
        Assert.Equal("proportion (0 à 1)", attendance.GetProperty("unit").GetString());
    }

    [Fact]
    public async Task A_council_report_reads_as_its_snapshot()
    {
        await GivenACouncilWithAHalfYearOfActivity();

        var report = await Get($"{CouncilReport}?year=2018");

        // Which instant the figures reflect moves with the clock: the snapshot holds the figures.
        var figures = Newtonsoft.Json.Linq.JObject.Parse(report.Body);
        figures.Remove("knownAt");
        Snapshot.Match(figures);
    }

    [Fact]
    public async Task A_council_dissolved_before_the_period_does_not_lower_the_meetings_per_council()
    {
        await GivenACouncilWithAHalfYearOfActivity();
        await Expect(HttpStatusCode.Created, Post("/quartiers", Quartier("QP999002", "Autre quartier d'essai")));
        await Expect(HttpStatusCode.Created, Post("/councils", Team.TeamScenarios.OtherCouncil()));
        await Expect(HttpStatusCode.OK, Post($"/councils/{Team.TeamScenarios.OtherCouncilId}/status",
            new { status = "dissolved", reason = "Fusion avec le conseil voisin", on = "2017-12-31" }));

        var report = await Get("/report?year=2018&arrondissement=75118");

        Assert.Equal(2m, Value(report, "meetings-held"));
        Assert.Equal(2m, Value(report, "meetings-per-council"));
        Assert.Equal(2, Indicator(report, "meetings-per-council").GetProperty("definitionVersion").GetInt32());
    }

    [Theory]
    [InlineData("quarter=2018-Q1", "2018-01-01", "2018-03-31", 1)]
    [InlineData("quarter=2018-Q2", "2018-04-01", "2018-06-30", 1)]
    [InlineData("month=2018-03", "2018-03-01", "2018-03-31", 1)]
    [InlineData("month=2018-04", "2018-04-01", "2018-04-30", 0)]
    [InlineData("year=2017", "2017-01-01", "2017-12-31", 0)]
    [InlineData("year=2018&asOf=2018-04-30", "2018-01-01", "2018-04-30", 1)]
    public async Task Years_quarters_and_months_are_periods(string query, string from, string to, int meetings)
    {
        await GivenACouncilWithAHalfYearOfActivity();

        var report = await Get($"{CouncilReport}?{query}");

        Assert.Equal(HttpStatusCode.OK, report.Status);
        Assert.Equal(from, report.Json.GetProperty("from").GetString());
        Assert.Equal(to, report.Json.GetProperty("to").GetString());
        Assert.Equal(meetings, Value(report, "meetings-held"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("from=2018-01-01")]
    [InlineData("from=2018-12-31&to=2018-01-01")]
    [InlineData("from=2018-13-01&to=2018-12-31")]
    [InlineData("year=2018&month=2018-06")]
    [InlineData("year=18")]
    [InlineData("year=last")]
    [InlineData("quarter=2018-Q5")]
    [InlineData("quarter=2018Q2")]
    [InlineData("month=2018-13")]
    [InlineData("month=june")]
    [InlineData("year=2018&asOf=2017-06-30")]
    [InlineData("year=2018&asOf=yesterday")]
    public async Task A_period_that_makes_no_sense_is_a_400(string query)
    {
        await GivenACouncilWithAHalfYearOfActivity();

        var answer = await Get($"{CouncilReport}?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await Get($"/report?{query}")).Status);
    }

    [Fact]
    public async Task The_report_of_an_unknown_council_is_a_404()
    {
        var answer = await Get($"/councils/{Guid.NewGuid()}/report?year=2018");

        Assert.Equal(HttpStatusCode.NotFound, answer.Status);
    }

    [Fact]
    public async Task The_programme_report_pools_every_council_and_an_arrondissement_only_its_own()
    {
        await GivenACouncilWithAHalfYearOfActivity();

        var programme = await Get("/report?year=2018");
        var ours = await Get("/report?year=2018&arrondissement=75118");
        var other = await Get("/report?year=2018&arrondissement=75119");

        Assert.Equal("programme", programme.Json.GetProperty("scope").GetString());
        Assert.Equal(CouncilId, programme.Json.GetProperty("councils")[0].GetGuid());
        Assert.Equal(2m, Value(programme, "meetings-held"));
        Assert.Equal(2m, Value(programme, "meetings-per-council"));
        Assert.Equal("arrondissement", ours.Json.GetProperty("scope").GetString());
        Assert.Equal(0.8333m, Value(ours, "attendance-rate"));
        Assert.Equal(0, other.Json.GetProperty("councils").GetArrayLength());
        Assert.Equal(0m, Value(other, "meetings-held"));
        Assert.Null(Value(other, "attendance-rate"));
        Assert.Equal(HttpStatusCode.BadRequest, (await Get("/report?year=2018&arrondissement=18e")).Status);
    }
}

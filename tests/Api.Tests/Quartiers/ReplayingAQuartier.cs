using System.Net;
using System.Text.Json;
using ConseilsCitoyens.Api.Tests.Reports;

namespace ConseilsCitoyens.Api.Tests.Quartiers;

/// <summary>GET /quartiers/{code}/replay on the half year of ReportTest, checked by hand.</summary>
public class ReplayingAQuartier(ApiFixture fixture) : ReportTest(fixture)
{
    private const string Replay = "/quartiers/QP999001/replay";

    [Fact]
    public async Task An_evaluator_reads_every_event_in_order_with_the_indicators_it_changed()
    {
        await GivenACouncilWithAHalfYearOfActivity();

        var answer = await Get(Replay, "evaluator");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("application/x-ndjson", answer.ContentType);
        var lines = Lines(answer);
        Assert.Equal(Enumerable.Range(1, 18), lines.Select(l => l.GetProperty("sequence").GetInt32()));
        Assert.Equal(["quartier_registered", "council_created", "member_joined"], lines.Take(3).Select(l => l.GetProperty("type").GetString()));
        Assert.Equal("2017-04-03", lines[2].GetProperty("businessDate").GetString());
        // The first line carries every indicator; then only what an event changed.
        Assert.Equal(0, Indicator(lines[0], "members"));
        Assert.Equal(Domain.Indicators.IndicatorDefinitions.All.Count(d => d.Reported), lines[0].GetProperty("indicators").EnumerateObject().Count());
        Assert.Equal(3, Indicator(lines[4], "members"));
        // Planning a meeting counts nothing; its later date only lengthens the days the council has lived
        // so far, all without anyone assigned.
        Assert.Equal(["vacancy-days"], lines[5].GetProperty("indicators").EnumerateObject().Select(p => p.Name));
        Assert.Equal(1, Indicator(lines[6], "meetings-held"));
        Assert.Equal(0.6667m, Indicator(lines[7], "attendance-rate"));
        Assert.Equal(0.8333m, Indicator(lines[10], "attendance-rate"));
        Assert.Equal(42, Indicator(lines[12], "answer-delay-days-median"));
        // The session, then the council's participation: the session counts for the council once it takes part,
        // and rule 12 is judged on the participation, so it counts there, not with the warning that follows.
        Assert.Equal(["steering_session_held", "steering_participation_recorded", "compliance_warning_recorded"],
            lines[13..16].Select(l => l.GetProperty("type").GetString()));
        Assert.Equal(JsonValueKind.Null, lines[13].GetProperty("indicators").ValueKind);
        Assert.Equal((1, 1), (Indicator(lines[14], "steering-sessions"), Indicator(lines[14], "compliance-warnings")));
        Assert.Equal(JsonValueKind.Null, lines[15].GetProperty("indicators").ValueKind);
        Assert.Equal(150_000, Indicator(lines[17], "funds-obtained-cents"));
    }

    [Fact]
    public async Task A_window_keeps_the_events_dated_in_it_and_counts_from_its_start()
    {
        await GivenACouncilWithAHalfYearOfActivity();

        var lines = Lines(await Get($"{Replay}?from=2018-01-01&to=2018-12-31", "evaluator"));

        // The council's creation and the members' arrivals are dated 2017; undated events stay.
        Assert.Equal([1, .. Enumerable.Range(6, 13)], lines.Select(l => l.GetProperty("sequence").GetInt32()));
        // The members who joined in 2017 count as members, not as joiners of the window.
        Assert.Equal(3, Indicator(lines[1], "members"));
        Assert.False(lines[1].GetProperty("indicators").TryGetProperty("members-joined", out _));
        Assert.Equal(0, Indicator(lines[0], "members-joined"));
    }

    [Fact]
    public async Task Pages_follow_each_other_by_sequence()
    {
        await GivenACouncilWithAHalfYearOfActivity();

        var first = Lines(await Get($"{Replay}?limit=5"));
        var second = Lines(await Get($"{Replay}?after=5&limit=5"));

        Assert.Equal([1, 2, 3, 4, 5], first.Select(l => l.GetProperty("sequence").GetInt32()));
        Assert.Equal([6, 7, 8, 9, 10], second.Select(l => l.GetProperty("sequence").GetInt32()));
        Assert.Equal(3, Indicator(second[0], "members"));
    }

    [Fact]
    public async Task An_unknown_quartier_is_404_and_a_bad_limit_400()
    {
        await GivenACouncilWithAHalfYearOfActivity();

        Assert.Equal(HttpStatusCode.NotFound, (await Get("/quartiers/QP999999/replay")).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await Get($"{Replay}?limit=0")).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await Get($"{Replay}?from=2018-02-01&to=2018-01-01")).Status);
    }

    private static decimal Indicator(JsonElement line, string id) => line.GetProperty("indicators").GetProperty(id).GetDecimal();

    private static JsonElement[] Lines(Answer answer) =>
        answer.Body.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
}

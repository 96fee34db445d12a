using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using static ConseilsCitoyens.Api.Tests.Scenarios;

namespace ConseilsCitoyens.Api.Tests.Reports;

/// <summary>
/// Three convention years (GivenThreeConventionYears: year 1 2016-04-01 → 2017-03-31, year 2 →
/// 2018-03-31, year 3 → 2019-03-31), every indicator checked against a count made by hand.
/// </summary>
public class ReadingConventionYears(ApiFixture fixture) : ReportTest(fixture)
{
    [Fact]
    public async Task Each_convention_year_reports_every_indicator_as_counted_by_hand()
    {
        await GivenThreeConventionYears();

        var year1 = await Get("/report?conventionYear=1");
        Assert.Equal(("2016-04-01", "2017-03-31"), (year1.Json.GetProperty("from").GetString(), year1.Json.GetProperty("to").GetString()));
        Assert.Equal(0m, Value(year1, "members"));          // the three residents join on 2017-04-03, after year 1
        Assert.Equal(0m, Value(year1, "meetings-held"));
        Assert.Equal(0m, Value(year1, "meetings-per-council")); // 0 meetings ÷ 1 council (created 2017-03-06)
        Assert.Equal(0m, Value(year1, "residents-reached"));
        Assert.Equal(0m, Value(year1, "training-hours"));   // the facilitator starts on 2017-09-04
    }

    [Fact]
    public async Task Year_two_holds_the_first_half_of_2018_s_output_and_the_team_s_first_work()
    {
        await GivenThreeConventionYears();

        var year2 = await Get("/report?conventionYear=2");

        Assert.Equal(("2017-04-01", "2018-03-31"), (year2.Json.GetProperty("from").GetString(), year2.Json.GetProperty("to").GetString()));
        Assert.Equal(3m, Value(year2, "members"));            // joined 2017-04-03, none left
        Assert.Equal(3m, Value(year2, "members-joined"));
        Assert.Equal(1m, Value(year2, "meetings-held"));      // 2018-03-14 (2018-05-16 is year 3)
        Assert.Equal(0.6667m, Value(year2, "attendance-rate")); // 2 present of 3 on the register
        Assert.Equal(1m, Value(year2, "meetings-convened-by-members-share"));
        Assert.Equal(1m, Value(year2, "proposals-filed"));    // 2018-01-08
        Assert.Equal(42m, Value(year2, "answer-delay-days-median")); // 2018-01-08 → 2018-02-19
        Assert.Equal(1m, Value(year2, "steering-sessions"));  // 2018-02-12
        Assert.Equal(150_000m, Value(year2, "funds-obtained-cents")); // 2018-03-05
        Assert.Equal(12m, Value(year2, "residents-reached")); // 2017-11-06 only
        Assert.Equal(1m, Value(year2, "immersions"));         // 2017-10-16
        Assert.Equal(1m, Value(year2, "roadmap-actions-done")); // done 2018-01-22
        Assert.Equal(7m, Value(year2, "training-hours"));     // 2017-10-02
    }

    [Theory]
    // Year 3 as of 2018-05-31: meeting 2018-05-16; 8 residents (04-09; the 5 of 05-07 were cancelled, on 06-30, and a
    // cancellation corrects the entry from its own date); no immersion yet; 3.5 h on 05-14.
    [InlineData("2018-05-31", 1, 8, 0, 3.5)]
    // As of 2018-06-30: immersion 2018-06-26.
    [InlineData("2018-06-30", 1, 8, 1, 3.5)]
    public async Task Year_three_is_read_as_of_a_date(string asOf, int meetings, int residents, int immersions, decimal trainingHours)
    {
        await GivenThreeConventionYears();

        var year3 = await Get($"/report?conventionYear=3&asOf={asOf}");

        Assert.Equal(asOf, year3.Json.GetProperty("to").GetString());
        Assert.Equal(meetings, Value(year3, "meetings-held"));
        Assert.Equal(residents, Value(year3, "residents-reached"));
        Assert.Equal(immersions, Value(year3, "immersions"));
        Assert.Equal(trainingHours, Value(year3, "training-hours"));
        Assert.Equal(0m, Value(year3, "roadmap-actions-done"));
    }

    [Fact]
    public async Task A_council_counts_its_own_residents_and_actions_but_not_the_programme_s_immersions_and_trainings()
    {
        await GivenThreeConventionYears();

        var council = await Get($"{CouncilReport}?conventionYear=2");

        Assert.Equal(12m, Value(council, "residents-reached"));
        Assert.Equal(1m, Value(council, "roadmap-actions-done"));
        Assert.Null(Value(council, "immersions"));
        Assert.Null(Value(council, "training-hours"));
        Assert.Null(Value(await Get("/report?conventionYear=2&arrondissement=75118"), "immersions"));
    }

    [Theory]
    [InlineData("conventionYear=4")]
    [InlineData("conventionYear=0")]
    [InlineData("conventionYear=one")]
    [InlineData("conventionYear=2&year=2018")]
    public async Task A_convention_year_outside_the_convention_is_a_400(string query)
    {
        await GivenThreeConventionYears();

        Assert.Equal(HttpStatusCode.BadRequest, (await Get($"/report?{query}")).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await Download($"{CouncilReport}.csv?{query}")).Status);
    }

    [Fact]
    public async Task Without_a_convention_there_is_no_convention_year_and_no_evaluation()
    {
        await GivenACouncilWithAHalfYearOfActivity();

        var answer = await Get("/report?conventionYear=1");

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("application/problem+json", answer.ContentType);
        Assert.Equal(HttpStatusCode.NotFound, (await Get("/evaluation")).Status);
    }

    [Fact]
    public async Task The_evaluation_holds_each_target_in_force_on_the_date_with_its_value_and_gap()
    {
        await GivenThreeConventionYears();

        var before = await Get("/evaluation?asOf=2018-05-31");
        var after = await Get("/evaluation");   // today, 2018-06-30

        Assert.Equal(HttpStatusCode.OK, before.Status);
        Assert.Equal(["ended", "ended", "running"], before.Json.GetProperty("years").EnumerateArray().Select(y => y.GetProperty("state").GetString()));
        // Year 1: target 1 meeting, none held → gap −1, attainment 0.
        Assert.Equal((1m, 0m, -1m, 0m), Target(before, 1, "meetings-held"));
        // Year 2: 2 meetings targeted, 1 held → −1, 0.5; 10 training hours targeted, 7 done → −3, 0.7.
        Assert.Equal((2m, 1m, -1m, 0.5m), Target(before, 2, "meetings-held"));
        Assert.Equal((10m, 7m, -3m, 0.7m), Target(before, 2, "training-hours"));
        // Year 3 on 2018-05-31: the revision to 3 (2018-06-01) is not in force → 4; 1 meeting → −3, 0.25.
        Assert.Equal((4m, 1m, -3m, 0.25m), Target(before, 3, "meetings-held"));
        // 30 residents targeted, 8 reached (the cancelled 5 count on no date) → −22, 8/30 = 0.2667.
        Assert.Equal((30m, 8m, -22m, 0.2667m), Target(before, 3, "residents-reached"));
        Assert.Equal("2018-05-31", Year(before, 3).GetProperty("measuredTo").GetString());

        // On 2018-06-30: the revised 3 → 1 − 3 = −2, 0.3333; still 8 residents → −22, 0.2667.
        Assert.Equal((3m, 1m, -2m, 0.3333m), Target(after, 3, "meetings-held"));
        Assert.Equal((30m, 8m, -22m, 0.2667m), Target(after, 3, "residents-reached"));
    }

    [Theory]
    [InlineData("2018-03-31", "running")]
    [InlineData("2018-04-01", "ended")]
    public async Task A_convention_year_runs_through_its_last_day(string asOf, string state)
    {
        await GivenThreeConventionYears();

        var evaluation = await Get($"/evaluation?asOf={asOf}");

        // Year 2 runs from 2017-04-01 to 2018-03-31.
        Assert.Equal(state, Year(evaluation, 2).GetProperty("state").GetString());
    }

    [Fact]
    public async Task A_council_or_an_arrondissement_is_compared_with_its_own_targets_only()
    {
        await GivenThreeConventionYears();

        var before = await Get($"/evaluation?councilId={CouncilId}&asOf=2018-06-30");
        var csv = Encoding.UTF8.GetString((await Download($"/evaluation.csv?councilId={CouncilId}&asOf=2018-06-30")).Bytes[3..]);
        var page = await Get($"/tableau-de-bord?councilId={CouncilId}");
        // The programme's targets are not the council's: nothing to compare with, and it says so.
        Assert.True(before.Json.GetProperty("noTarget").GetBoolean());
        Assert.All(before.Json.GetProperty("years").EnumerateArray(), y => Assert.Equal(0, y.GetProperty("targets").GetArrayLength()));
        Assert.Contains($"conseil;{CouncilId};;2018-06-30;cible;;;;;;aucune cible pour ce périmètre;", csv);
        Assert.Contains("Aucune cible fixée pour ce périmètre", page.Body);

        var set = await Post($"/conventions/{ConventionId}/targets", new { indicatorId = "meetings-held", year = 3, value = 2m, setOn = "2016-03-21", councilId = CouncilId });
        await Post($"/conventions/{ConventionId}/targets/meetings-held/3/revisions",
            new { value = 1m, reason = "Un conseil qui démarre", revisedOn = "2018-06-04", councilId = CouncilId });
        await Post($"/conventions/{ConventionId}/targets", new { indicatorId = "meetings-held", year = 3, value = 5m, setOn = "2016-03-21", arrondissement = "75118" });

        Assert.Equal(HttpStatusCode.OK, set.Status);
        Assert.Equal("council", set.Json.GetProperty("target").GetProperty("scope").GetString());
        var council = await Get($"/evaluation?councilId={CouncilId}&asOf=2018-06-30");
        Assert.False(council.Json.GetProperty("noTarget").GetBoolean());
        Assert.Equal((1m, 1m, 0m, 1m), Target(council, 3, "meetings-held"));
        Assert.Equal((5m, 1m, -4m, 0.2m), Target(await Get("/evaluation?arrondissement=75118&asOf=2018-06-30"), 3, "meetings-held"));
        // The programme keeps its own target (3 since the revision of 2018-06-01).
        Assert.Equal((3m, 1m, -2m, 0.3333m), Target(await Get("/evaluation?asOf=2018-06-30"), 3, "meetings-held"));
    }

    [Fact]
    public async Task A_target_for_an_unknown_council_is_404_and_for_two_scopes_400()
    {
        await GivenThreeConventionYears();

        var unknown = await Post($"/conventions/{ConventionId}/targets", new { indicatorId = "meetings-held", year = 3, value = 2m, councilId = Guid.NewGuid() });
        var both = await Post($"/conventions/{ConventionId}/targets", new { indicatorId = "meetings-held", year = 3, value = 2m, councilId = CouncilId, arrondissement = "75118" });

        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
        Assert.Equal(HttpStatusCode.BadRequest, both.Status);
    }

    [Fact]
    public async Task The_evaluation_follows_the_autonomy_indicators_quarter_by_quarter()
    {
        await GivenThreeConventionYears();

        var evaluation = await Get("/evaluation?asOf=2018-06-30");
        var quarters = evaluation.Json.GetProperty("autonomy").EnumerateArray().ToArray();

        // 2016-Q2 (from 2016-04-01) … 2018-Q2: nine quarters.
        Assert.Equal(9, quarters.Length);
        Assert.Equal(("2016-Q2", "2016-04-01"), (quarters[0].GetProperty("quarter").GetString(), quarters[0].GetProperty("from").GetString()));
        // 2018-Q1: the 2018-03-14 meeting, convened and chaired by a member; 2018-Q2: 2018-05-16, by the facilitator.
        Assert.Equal((1m, 1m), (Share(quarters[7], "meetingsConvenedByMembersShare"), Share(quarters[7], "meetingsChairedByMembersShare")));
        Assert.Equal((0m, 0m), (Share(quarters[8], "meetingsConvenedByMembersShare"), Share(quarters[8], "meetingsChairedByMembersShare")));
        Assert.Null(Share(quarters[8], "agendaItemsByMembersShare"));   // no agenda item recorded
        Assert.Null(Share(quarters[0], "meetingsConvenedByMembersShare")); // no meeting then
    }

    [Fact]
    public async Task The_evaluation_csv_is_french_and_holds_the_same_figures()
    {
        await GivenThreeConventionYears();

        var csv = await Download("/evaluation.csv?asOf=2018-05-31");

        Assert.Equal(HttpStatusCode.OK, csv.Status);
        Assert.StartsWith("text/csv", csv.ContentType);
        Assert.Equal([0xEF, 0xBB, 0xBF], csv.Bytes[..3]);
        var lines = Encoding.UTF8.GetString(csv.Bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("périmètre;conseil;arrondissement;à la date du;rubrique;année de convention", lines[0]);
        Assert.Contains(lines, l => Regex.IsMatch(l,
            "^programme;;;2018-05-31;cible;3;;2018-04-01;2018-05-31;residents-reached;Habitants éloignés touchés;30;2016-03-21;8;-22;0,2667;habitants;3;[0-9-]+T[0-9:.]+Z$"));
        Assert.Contains(lines, l => l.StartsWith("programme;;;2018-05-31;autonomie;;2018-Q1;2018-01-01;2018-03-31;meetings-convened-by-members-share;", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_roadmap_view_counts_actions_per_status_with_the_priority_they_answer()
    {
        await GivenThreeConventionYears();

        var may = await Get($"/roadmaps/summary?councilId={CouncilId}&asOf=2018-05-15");
        var june = await Get($"/roadmaps/summary?facilitatorId={Team.TeamScenarios.FacilitatorId}&asOf=2018-06-30");

        Assert.Equal(HttpStatusCode.OK, may.Status);
        // 15 May: one done (2018-01-22), one planned (due 2018-05-31). 30 June: the second is overdue.
        Assert.Equal((1, 1, 0), Counts(may));
        Assert.Equal((1, 0, 1), Counts(june));
        var action = june.Json.GetProperty("roadmaps")[0].GetProperty("actions")[1];
        Assert.Equal(("overdue", "Créer des lieux de rencontre"),
            (action.GetProperty("status").GetString(), action.GetProperty("priority").GetProperty("statement").GetString()));
        var csv = Encoding.UTF8.GetString((await Download($"/roadmaps/summary.csv?councilId={CouncilId}&asOf=2018-06-30")).Bytes[3..]);
        Assert.Contains(";Jardin partagé;projet;en retard;2018-05-31;2;", csv);
        Assert.Equal(HttpStatusCode.NotFound, (await Get($"/roadmaps/summary?councilId={Guid.NewGuid()}")).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await Get("/roadmaps/summary?councilId=18e")).Status);
    }

    private static (int Done, int Planned, int Overdue) Counts(Answer view)
    {
        var c = view.Json.GetProperty("counts");
        return (c.GetProperty("done").GetInt32(), c.GetProperty("planned").GetInt32(), c.GetProperty("overdue").GetInt32());
    }

    private static JsonElement Year(Answer evaluation, int number) =>
        evaluation.Json.GetProperty("years").EnumerateArray().Single(y => y.GetProperty("number").GetInt32() == number);

    private static (decimal Target, decimal Value, decimal Gap, decimal Attainment) Target(Answer evaluation, int year, string indicator)
    {
        var t = Year(evaluation, year).GetProperty("targets").EnumerateArray().Single(x => x.GetProperty("indicatorId").GetString() == indicator);
        return (t.GetProperty("target").GetDecimal(), t.GetProperty("value").GetDecimal(), t.GetProperty("gap").GetDecimal(), t.GetProperty("attainment").GetDecimal());
    }

    private static decimal? Share(JsonElement quarter, string name) =>
        quarter.GetProperty(name) is { ValueKind: JsonValueKind.Number } v ? v.GetDecimal() : null;
}

using System.Net;
using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Api.Reports;
using ConseilsCitoyens.Domain.Indicators;
using NodaTime;
using static ConseilsCitoyens.Api.Tests.Scenarios;
using static ConseilsCitoyens.Api.Tests.Team.TeamScenarios;

namespace ConseilsCitoyens.Api.Tests.Team;

public class CoverageAndVacancies(ApiFixture fixture) : ApiTest(fixture)
{
    private static readonly string Coverage = $"/councils/{CouncilId}/coverage";

    // The first facilitator covers the council until 1 February 2018; the second takes over on 5 February,
    // and also covers the other council from then on.
    private async Task GivenAHandover()
    {
        await Post("/quartiers", Quartier());
        await Post("/quartiers", Quartier("QP999002", "Autre quartier d'essai"));
        await Post("/councils", Council());
        await Post("/councils", OtherCouncil());
        await Post("/team", Recruitment());
        await Post("/team", Recruitment(SecondFacilitatorId));
        await Post($"{TeamMember()}/assignments", Assignment(CouncilId, until: "2018-02-01"));
        await Post($"{TeamMember(SecondFacilitatorId)}/assignments", Assignment(CouncilId, from: "2018-02-05"));
        await Post($"{TeamMember(SecondFacilitatorId)}/assignments", Assignment(OtherCouncilId, from: "2018-02-05"));
    }

    [Fact]
    public async Task A_council_is_covered_by_whoever_is_assigned_on_the_date()
    {
        await GivenAHandover();

        var january = (await Get($"{Coverage}?on=2018-01-31")).Json;
        var today = (await Get(Coverage)).Json;

        Assert.Equal(FacilitatorId, january.GetProperty("teamMembers")[0].GetProperty("teamMemberId").GetGuid());
        Assert.False(january.GetProperty("vacant").GetBoolean());
        Assert.Equal("2018-06-30", today.GetProperty("on").GetString());
        Assert.Equal(SecondFacilitatorId, today.GetProperty("teamMembers")[0].GetProperty("teamMemberId").GetGuid());
    }

    [Fact]
    public async Task The_days_between_two_assignments_are_a_vacancy()
    {
        await GivenAHandover();

        var gap = (await Get($"{Coverage}?on=2018-02-02")).Json;
        var vacancies = (await Get("/vacancies?on=2018-02-02")).Json.GetProperty("councils");

        Assert.True(gap.GetProperty("vacant").GetBoolean());
        Assert.Empty(gap.GetProperty("teamMembers").EnumerateArray());
        Assert.Equal(2, vacancies.GetArrayLength());
        Assert.Empty((await Get("/vacancies?on=2018-06-30")).Json.GetProperty("councils").EnumerateArray());
    }

    [Fact]
    public async Task A_departure_opens_a_vacancy()
    {
        await GivenAHandover();

        await Post($"{TeamMember(SecondFacilitatorId)}/departure", new { leftOn = "2018-06-01" });

        var vacancies = (await Get("/vacancies")).Json;
        Assert.Equal("2018-06-30", vacancies.GetProperty("on").GetString());
        Assert.Equal(["Autre conseil d'essai", "Conseil citoyen d'essai"],
            vacancies.GetProperty("councils").EnumerateArray().Select(c => c.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task Before_its_creation_and_from_its_dissolution_a_council_is_neither_covered_nor_vacant()
    {
        await GivenAHandover();
        await Post($"/councils/{OtherCouncilId}/status", new { status = "dissolved", reason = "Fusion avec le conseil voisin", on = "2018-06-01" });

        var before = (await Get($"{Coverage}?on=2017-03-05")).Json;
        var gap = (await Get($"/councils/{OtherCouncilId}/coverage?on=2018-02-02")).Json;
        var dissolved = (await Get($"/councils/{OtherCouncilId}/coverage?on=2018-06-01")).Json;

        Assert.Equal(("notInExistence", false), (before.GetProperty("state").GetString(), before.GetProperty("vacant").GetBoolean()));
        Assert.Equal(("vacant", true), (gap.GetProperty("state").GetString(), gap.GetProperty("vacant").GetBoolean()));
        Assert.Equal(("notInExistence", false), (dissolved.GetProperty("state").GetString(), dissolved.GetProperty("vacant").GetBoolean()));
        Assert.Empty((await Get("/vacancies?on=2017-03-05")).Json.GetProperty("councils").EnumerateArray());
        Assert.Equal(2, (await Get("/vacancies?on=2018-02-02")).Json.GetProperty("councils").GetArrayLength());
    }

    [Fact]
    public async Task Reports_count_the_days_covered_and_vacant_per_council_and_for_the_programme()
    {
        await GivenAHandover();

        var council = await Get($"/councils/{CouncilId}/report?year=2018&asOf=2018-06-30");
        var programme = await Get("/report?year=2018&asOf=2018-06-30");

        // The council: 1–31 January and 5 February–30 June covered, 1–4 February vacant. The other council:
        // vacant until 4 February, covered from the 5th.
        Assert.Equal((177m, 4m), (Value(council, "coverage-days"), Value(council, "vacancy-days")));
        Assert.Equal((177m + 146m, 4m + 35m), (Value(programme, "coverage-days"), Value(programme, "vacancy-days")));
    }

    [Fact]
    public async Task A_council_s_report_reads_only_the_team_members_assigned_to_its_councils()
    {
        await GivenAHandover();
        var elsewhere = Guid.Parse("0190c1a0-0000-7000-8000-0000000000f3");
        Assert.Equal(HttpStatusCode.Created, (await Post("/team", Recruitment(elsewhere))).Status);
        Assert.Equal(HttpStatusCode.OK, (await Post($"{TeamMember(elsewhere)}/assignments", Assignment(OtherCouncilId))).Status);

        await using var session = Fixture.Store.QuerySession(ApiFixture.City);
        await using var states = await KnownStates.Read(session, null, Fixture.Clock, CancellationToken.None);
        var council = await states.LoadCouncil(CouncilId, CancellationToken.None);
        var scoped = await states.LoadFacts([council], CancellationToken.None, wholeProgramme: false);
        var whole = await states.LoadFacts([council], CancellationToken.None);
        var year = new ReportPeriod(new LocalDate(2018, 1, 1), new LocalDate(2018, 6, 30));

        Assert.Equal([FacilitatorId, SecondFacilitatorId], scoped.Team.Select(f => f.Id).Order());
        Assert.Equal(3, whole.Team.Count);
        Assert.Equal(ProgrammeIndicators.Coverage([council], whole.Team, year), ProgrammeIndicators.Coverage([council], scoped.Team, year));
        var report = await Get($"/councils/{CouncilId}/report?year=2018&asOf=2018-06-30");
        Assert.Equal((177m, 4m), (Value(report, "coverage-days"), Value(report, "vacancy-days")));
    }

    private static decimal Value(Answer report, string id) =>
        report.Json.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("id").GetString() == id).GetProperty("value").GetDecimal();

    [Theory]
    [InlineData("/councils/0190c1a0-0000-7000-8000-000000000001/coverage?on=30/06/2018")]
    [InlineData("/vacancies?on=2018-02-30")]
    public async Task A_malformed_date_is_a_400_problem_naming_on(string url)
    {
        await GivenAHandover();

        var answer = await Get(url);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.True(answer.Json.GetProperty("errors").TryGetProperty("on", out _));
    }

    [Fact]
    public async Task The_coverage_of_an_unknown_council_is_404() =>
        Assert.Equal(HttpStatusCode.NotFound, (await Get($"/councils/{Guid.NewGuid()}/coverage")).Status);
}

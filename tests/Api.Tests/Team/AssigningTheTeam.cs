using System.Net;
using static ConseilsCitoyens.Api.Tests.Scenarios;
using static ConseilsCitoyens.Api.Tests.Team.TeamScenarios;

namespace ConseilsCitoyens.Api.Tests.Team;

public class AssigningTheTeam(ApiFixture fixture) : ApiTest(fixture)
{
    private static readonly string Assignments = $"{TeamMember()}/assignments";

    private async Task GivenTwoCouncilsAndARecruit()
    {
        await Post("/quartiers", Quartier());
        await Post("/quartiers", Quartier("QP999002", "Autre quartier d'essai"));
        await Post("/councils", Council());
        await Post("/councils", OtherCouncil());
        await Post("/team", Recruitment());
    }

    [Fact]
    public async Task A_facilitator_is_assigned_to_several_councils_at_once()
    {
        await GivenTwoCouncilsAndARecruit();

        var first = await Post(Assignments, Assignment(CouncilId), ifMatch: "\"1\"");
        var second = await Post(Assignments, Assignment(OtherCouncilId, until: "2018-09-03"), ifMatch: first.ETag);

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal("\"3\"", second.ETag);
        var assignments = (await Get(TeamMember())).Json.GetProperty("assignments");
        Assert.Equal(2, assignments.GetArrayLength());
        Assert.Equal("2018-09-03", assignments[1].GetProperty("until").GetString());
    }

    [Fact]
    public async Task An_overlapping_assignment_to_the_same_council_is_refused_and_nothing_is_written()
    {
        await GivenTwoCouncilsAndARecruit();
        await Post(Assignments, Assignment(CouncilId));

        var answer = await Post(Assignments, Assignment(CouncilId, from: "2018-01-08"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, answer.Status);
        Assert.Equal("assignment.overlaps", answer.ProblemCode);
        Assert.Equal("\"2\"", (await Get(TeamMember())).ETag);
    }

    [Fact]
    public async Task An_assignment_starting_on_a_public_holiday_is_accepted_with_a_warning()
    {
        await GivenTwoCouncilsAndARecruit();

        var answer = await Post(Assignments, Assignment(CouncilId, from: "2017-11-01"));

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        var warning = answer.Json.GetProperty("warnings")[0];
        Assert.Equal("publicHoliday", warning.GetProperty("kind").GetString());
        Assert.Equal("\"3\"", (await Get(TeamMember())).ETag);
    }

    [Fact]
    public async Task Assigning_to_an_unknown_council_or_member_is_404_and_a_stale_version_412()
    {
        await GivenTwoCouncilsAndARecruit();

        Assert.Equal(HttpStatusCode.NotFound, (await Post(Assignments, Assignment(Guid.NewGuid()))).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Post($"/team/{Guid.NewGuid()}/assignments", Assignment(CouncilId))).Status);
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await Post(Assignments, Assignment(CouncilId), ifMatch: "\"7\"")).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await Post(Assignments, """{"councilId":"not-a-guid","from":"2017-09-11"}""")).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await Post(Assignments, """{"councilId":"0190c1a0-0000-7000-8000-000000000001","from":"11/09/2017"}""")).Status);
        Assert.Equal("\"1\"", (await Get(TeamMember())).ETag);
    }

    [Fact]
    public async Task Ending_an_assignment_stops_it_that_day()
    {
        await GivenTwoCouncilsAndARecruit();
        await Post(Assignments, Assignment(CouncilId));

        var ended = await Post($"{Assignments}/{CouncilId}/ending", new { on = "2018-02-01" }, ifMatch: "\"2\"");

        Assert.Equal(HttpStatusCode.OK, ended.Status);
        Assert.Equal("2018-02-01", (await Get(TeamMember())).Json.GetProperty("assignments")[0].GetProperty("until").GetString());
        var refused = await Post($"{Assignments}/{OtherCouncilId}/ending", new { on = "2018-02-01" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Equal("assignment.not-assigned", refused.ProblemCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await Post($"{Assignments}/{CouncilId}/ending", new { on = "2018-03-01" }, ifMatch: "\"2\"")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Post($"/team/{Guid.NewGuid()}/assignments/{CouncilId}/ending", new { on = "2018-02-01" })).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await Post($"{Assignments}/{CouncilId}/ending", "{}")).Status);
        Assert.Equal("\"3\"", (await Get(TeamMember())).ETag);
    }

    [Fact]
    public async Task Leaving_the_programme_ends_every_assignment_and_no_new_one_follows()
    {
        await GivenTwoCouncilsAndARecruit();
        await Post(Assignments, Assignment(CouncilId));
        await Post(Assignments, Assignment(OtherCouncilId));

        var left = await Post($"{TeamMember()}/departure", new { leftOn = "2018-03-01" }, ifMatch: "\"3\"");

        Assert.Equal(HttpStatusCode.OK, left.Status);
        Assert.Equal("\"6\"", left.ETag);
        var read = (await Get(TeamMember())).Json;
        Assert.Equal("2018-03-01", read.GetProperty("leftOn").GetString());
        Assert.All(read.GetProperty("assignments").EnumerateArray(), a => Assert.Equal("2018-03-01", a.GetProperty("until").GetString()));

        var after = await Post(Assignments, Assignment(CouncilId, from: "2018-04-02"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, after.Status);
        Assert.Equal("team-member.left", after.ProblemCode);
        Assert.Equal("\"6\"", (await Get(TeamMember())).ETag);
    }

    [Fact]
    public async Task A_departure_is_404_for_a_stranger_412_when_stale_422_before_the_start_and_400_when_malformed()
    {
        await GivenTwoCouncilsAndARecruit();

        Assert.Equal(HttpStatusCode.NotFound, (await Post($"/team/{Guid.NewGuid()}/departure", new { leftOn = "2018-03-01" })).Status);
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await Post($"{TeamMember()}/departure", new { leftOn = "2018-03-01" }, ifMatch: "\"4\"")).Status);
        var early = await Post($"{TeamMember()}/departure", new { leftOn = "2017-01-01" });
        Assert.Equal("departure.before-recruitment", early.ProblemCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Post($"{TeamMember()}/departure", """{"leftOn":"soon"}""")).Status);
        Assert.Equal("\"1\"", (await Get(TeamMember())).ETag);
    }
}

using System.Net;
using System.Text.Json;
using static ConseilsCitoyens.Api.Tests.Meetings.MeetingScenarios;
using static ConseilsCitoyens.Api.Tests.Scenarios;
using static ConseilsCitoyens.Api.Tests.Team.TeamScenarios;

namespace ConseilsCitoyens.Api.Tests.Team;

/// <summary>A facilitator writes only for the councils assigned to them on the command's business date.</summary>
public class ScopingFacilitators(ApiFixture fixture) : EventCountingTest(fixture)
{
    // Assigned to the first council for the first half of 2018 only; writes dated within the back-dating window.
    private async Task GivenAnAssignedFacilitator()
    {
        await Post("/quartiers", Quartier());
        await Post("/quartiers", Quartier("QP999002", "Autre quartier d'essai"));
        await Post("/councils", Council());
        await Post("/councils", OtherCouncil());
        await GivenTheFacilitator();
        Assert.Equal(HttpStatusCode.OK, (await Post($"{TeamMember()}/assignments", Assignment(CouncilId, "2018-01-01", "2018-07-01"))).Status);
    }

    private Task<Answer> AsFacilitator(string url, object body, string? subject = null) =>
        SendWith(HttpMethod.Post, url, JsonSerializer.Serialize(body), null, null,
            "Bearer " + Fixture.TokenFor("facilitator", subject ?? FacilitatorId.ToString()));

    [Fact]
    public async Task An_assigned_facilitator_writes_for_their_council_within_the_assignment()
    {
        await GivenAnAssignedFacilitator();

        var planned = await AsFacilitator(MeetingsOf(CouncilId), Plan("2018-04-16", Facilitator));
        var held = await AsFacilitator(MeetingUrl(then: "holding"), Hold("2018-04-18", Facilitator));

        Assert.Equal(HttpStatusCode.Created, planned.Status);
        Assert.Equal(HttpStatusCode.OK, held.Status);
    }

    [Theory]
    [InlineData("other council", "2018-04-16")]
    [InlineData("outside the period", "2018-09-10")]
    public async Task Another_council_or_a_date_outside_the_assignment_is_forbidden_and_appends_nothing(string what, string on)
    {
        await GivenAnAssignedFacilitator();
        var council = what == "other council" ? OtherCouncilId : CouncilId;
        var before = await CountEvents();

        var answer = await AsFacilitator(MeetingsOf(council), Plan(on, Facilitator));

        Assert.Equal(HttpStatusCode.Forbidden, answer.Status);
        Assert.Equal("facilitator.not-assigned", answer.ProblemCode);
        Assert.Contains("not assigned", answer.Json.GetProperty("detail").GetString());
        Assert.Equal(before, await CountEvents());
    }

    [Fact]
    public async Task A_stream_of_a_council_is_judged_by_its_council()
    {
        await GivenAnAssignedFacilitator();
        await Post(MeetingsOf(OtherCouncilId), Plan("2018-04-16", Facilitator));
        var before = await CountEvents();

        var held = await AsFacilitator(MeetingUrl(then: "holding"), Hold("2018-04-18", Facilitator));

        Assert.Equal(HttpStatusCode.Forbidden, held.Status);
        Assert.Equal(before, await CountEvents());
    }

    [Fact]
    public async Task A_facilitator_token_must_name_a_team_member()
    {
        await GivenAnAssignedFacilitator();
        var before = await CountEvents();

        var answer = await AsFacilitator(MeetingsOf(CouncilId), Plan("2018-04-16", Facilitator), subject: "dev-facilitator");

        Assert.Equal(HttpStatusCode.Forbidden, answer.Status);
        Assert.Equal("facilitator.not-assigned", answer.ProblemCode);
        Assert.Equal(before, await CountEvents());
    }

    [Fact]
    public async Task A_facilitator_records_their_own_activity_not_a_colleague_s()
    {
        await GivenAnAssignedFacilitator();
        await Post("/team", Recruitment(SecondFacilitatorId));
        await Post($"{TeamMember(SecondFacilitatorId)}/assignments", Assignment(CouncilId, "2018-01-01"));

        var own = await AsFacilitator(Activity.ActivityScenarios.TimeUrl, Activity.ActivityScenarios.Time());
        var before = await CountEvents();
        var colleague = await AsFacilitator(Activity.ActivityScenarios.TimeUrl,
            Activity.ActivityScenarios.Time(entryId: Guid.NewGuid()), subject: SecondFacilitatorId.ToString());

        Assert.True(own.Status is HttpStatusCode.OK or HttpStatusCode.Created, $"{own.Status} {own.Body}");
        Assert.Equal(HttpStatusCode.Forbidden, colleague.Status);
        Assert.Contains("own activity", colleague.Json.GetProperty("detail").GetString());
        Assert.Equal(before, await CountEvents());
    }

    [Fact]
    public async Task Coordinators_are_not_restricted()
    {
        await GivenAnAssignedFacilitator();

        var answer = await Post(MeetingsOf(OtherCouncilId), Plan("2018-09-10", Facilitator), role: "coordinator");

        Assert.Equal(HttpStatusCode.Created, answer.Status);
    }
}

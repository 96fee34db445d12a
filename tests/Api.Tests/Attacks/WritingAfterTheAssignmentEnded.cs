using System.Net;
using static ConseilsCitoyens.Api.Tests.Meetings.MeetingScenarios;
using static ConseilsCitoyens.Api.Tests.Scenarios;
using static ConseilsCitoyens.Api.Tests.Team.TeamScenarios;

namespace ConseilsCitoyens.Api.Tests.Attacks;

/// <summary>
/// A facilitator whose assignment ended and who left the programme keeps writing by dating their
/// commands inside the old assignment; or one still assigned back-dates far into the past.
/// </summary>
public class WritingAfterTheAssignmentEnded(ApiFixture fixture) : AttackTest(fixture)
{
    private async Task GivenAFacilitatorWhoLeft()
    {
        await Post("/quartiers", Quartier());
        await Post("/councils", Council());
        await GivenTheFacilitator();
        await Post($"{TeamMember()}/assignments", Assignment(CouncilId, "2017-09-11", "2018-01-01"));
        Assert.Equal(HttpStatusCode.OK, (await Post($"{TeamMember()}/departure", new { leftOn = "2018-06-01" })).Status);
    }

    [Fact]
    public async Task Dating_a_meeting_inside_the_old_assignment_is_refused()
    {
        await GivenAFacilitatorWhoLeft();
        var before = await CountEvents();

        var planned = await AsFacilitator(HttpMethod.Post, MeetingsOf(CouncilId), Plan("2017-12-04", Facilitator));
        var joined = await AsFacilitator(HttpMethod.Post, MembersOf(CouncilId), new
        {
            college = "residents",
            gender = "female",
            residenceQuartierCode = "QP999001",
            joinedOn = "2017-12-04",
            person = new { firstName = "Camille", lastName = "Fictive" },
        });

        Assert.Equal(HttpStatusCode.Forbidden, planned.Status);
        Assert.Equal("facilitator.not-assigned", planned.ProblemCode);
        Assert.Equal(HttpStatusCode.Forbidden, joined.Status);
        Assert.Equal(before, await CountEvents());
    }

    [Fact]
    public async Task Back_dating_beyond_the_window_is_the_coordinator_s()
    {
        await GivenTwoCouncilsAndAFacilitatorOfTheFirst();
        var before = await CountEvents();

        var far = await AsFacilitator(HttpMethod.Post, MeetingsOf(CouncilId), Plan("2018-03-12", Facilitator));

        Assert.Equal(HttpStatusCode.Forbidden, far.Status);
        Assert.Equal("facilitator.beyond-backdating-window", far.ProblemCode);
        Assert.Equal(before, await CountEvents());
        Assert.Equal(HttpStatusCode.Created, (await AsFacilitator(HttpMethod.Post, MeetingsOf(CouncilId), Plan("2018-06-11", Facilitator, Guid.NewGuid()))).Status);
        Assert.Equal(HttpStatusCode.Created, (await Post(MeetingsOf(CouncilId), Plan("2018-03-12", Facilitator), role: "coordinator")).Status);
    }
}

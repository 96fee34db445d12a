using System.Net;
using static ConseilsCitoyens.Api.Tests.Scenarios;
using static ConseilsCitoyens.Api.Tests.Team.TeamScenarios;

namespace ConseilsCitoyens.Api.Tests.Councils;

public class DissolvingCouncils(ApiFixture fixture) : CouncilTest(fixture)
{
    private static readonly object Dissolution = new { status = "dissolved", reason = "Fin du conseil", on = "2018-06-20" };

    [Fact]
    public async Task Dissolution_ends_every_membership_and_assignment_that_day_in_one_write()
    {
        await GivenAnActiveCouncil(volunteers: 2);
        await GivenTheFacilitator();
        await Post($"{TeamMember()}/assignments", Assignment(CouncilId, from: "2018-05-22"));

        var answer = await Post($"{Council}/status", Dissolution);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        var members = (await Get(Council)).Json.GetProperty("members").EnumerateArray().ToArray();
        Assert.Equal(3, members.Length);
        Assert.All(members, m => Assert.Equal(("2018-06-20", "councilDissolved"),
            (m.GetProperty("leftOn").GetString(), m.GetProperty("departureReason").GetString())));
        var report = (await Get($"{Council}/report?from=2018-06-20&to=2018-06-30")).Json.GetProperty("indicators")
            .EnumerateArray().Single(i => i.GetProperty("id").GetString() == "members");
        Assert.Equal(0, report.GetProperty("value").GetInt32());
        Assert.True((await Get($"{Council}/coverage?on=2018-06-19")).Json.GetProperty("teamMembers").GetArrayLength() == 1);
        Assert.Empty((await Get($"{Council}/coverage?on=2018-06-20")).Json.GetProperty("teamMembers").EnumerateArray());
        var roles = (await Get("/audit/roles?on=2018-06-20")).Json.GetProperty("councils")[0];
        Assert.Empty(roles.GetProperty("members").EnumerateArray());
        Assert.Empty(roles.GetProperty("team").EnumerateArray());
    }

    [Fact]
    public async Task A_dissolution_that_cannot_be_written_whole_writes_nothing()
    {
        await GivenAnActiveCouncil(volunteers: 1);
        await GivenTheFacilitator();
        await Post($"{TeamMember()}/assignments", Assignment(CouncilId, from: "2018-05-22"));
        // A member recorded as joining after the date the dissolution is given.
        await Post(MembersOf(CouncilId), new
        {
            college = "localActors", gender = "male", organisation = "Association du quartier", joinedOn = "2018-06-25",
            person = new { firstName = "Sam", lastName = "Fictif" },
        });
        var council = (await Get(Council)).ETag;
        var team = (await Get(TeamMember())).ETag;

        var answer = await Post($"{Council}/status", Dissolution);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, answer.Status);
        Assert.Equal("council.dissolution-before-membership", answer.ProblemCode);
        Assert.Equal(council, (await Get(Council)).ETag);
        Assert.Equal(team, (await Get(TeamMember())).ETag);
    }
}

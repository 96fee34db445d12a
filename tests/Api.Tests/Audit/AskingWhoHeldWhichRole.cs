using System.Net;
using static ConseilsCitoyens.Api.Tests.Scenarios;

namespace ConseilsCitoyens.Api.Tests.Audit;

public class AskingWhoHeldWhichRole(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task Members_and_assigned_team_members_are_those_of_the_date_asked()
    {
        await Post("/quartiers", Quartier());
        await Post("/councils", Council());
        await Post(MembersOf(CouncilId), Resident());
        await Post($"/councils/{CouncilId}/members/{MemberId}/departure", new { reason = "resignation", leftOn = "2018-01-15" });
        await GivenTheFacilitator();
        await Post($"/team/{Team.TeamScenarios.FacilitatorId}/assignments", Team.TeamScenarios.Assignment(CouncilId));

        var before = (await Get("/audit/roles?on=2017-10-02")).Json.GetProperty("councils")[0];
        var after = (await Get("/audit/roles?on=2018-02-01")).Json.GetProperty("councils")[0];

        Assert.Equal(MemberId, Assert.Single(before.GetProperty("members").EnumerateArray()).GetProperty("memberId").GetGuid());
        Assert.Equal(Team.TeamScenarios.FacilitatorId, Assert.Single(before.GetProperty("team").EnumerateArray()).GetProperty("facilitatorId").GetGuid());
        Assert.Empty(after.GetProperty("members").EnumerateArray());
    }

    [Fact]
    public async Task Only_auditors_and_administrators_ask_and_a_bad_date_is_a_400()
    {
        Assert.Equal(HttpStatusCode.Forbidden, (await Get("/audit/roles", role: "sponsor")).Status);
        Assert.Equal(HttpStatusCode.OK, (await Get("/audit/roles", role: "auditor")).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await Get("/audit/roles?on=2018-02-30")).Status);
    }
}

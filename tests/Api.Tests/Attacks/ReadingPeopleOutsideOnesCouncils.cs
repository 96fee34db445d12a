using System.Net;
using static ConseilsCitoyens.Api.Tests.Scenarios;
using static ConseilsCitoyens.Api.Tests.Team.TeamScenarios;

namespace ConseilsCitoyens.Api.Tests.Attacks;

/// <summary>A facilitator reads the names and contacts of people outside the councils assigned to them.</summary>
public class ReadingPeopleOutsideOnesCouncils(ApiFixture fixture) : AttackTest(fixture)
{
    private static readonly Guid OtherMemberId = Guid.Parse("0190c1a0-0000-7000-8000-0000000000a9");

    private async Task GivenAMemberInEachCouncil()
    {
        await GivenTwoCouncilsAndAFacilitatorOfTheFirst();
        await Post(MembersOf(CouncilId), Resident());
        await Post(MembersOf(OtherCouncilId), Resident("QP999002", OtherMemberId));
    }

    [Theory]
    [InlineData("")]
    [InlineData("/export")]
    public async Task Another_council_s_member_is_refused(string what)
    {
        await GivenAMemberInEachCouncil();

        var answer = await AsFacilitator(HttpMethod.Get, $"/people/{OtherMemberId}{what}");

        Assert.Equal(HttpStatusCode.Forbidden, answer.Status);
        Assert.DoesNotContain("Camille", answer.Body);
    }

    [Theory]
    [InlineData("")]
    [InlineData("/export")]
    public async Task Their_council_s_members_and_their_own_record_are_read(string what)
    {
        await GivenAMemberInEachCouncil();

        Assert.Equal(HttpStatusCode.OK, (await AsFacilitator(HttpMethod.Get, $"/people/{MemberId}{what}")).Status);
        Assert.Equal(HttpStatusCode.OK, (await AsFacilitator(HttpMethod.Get, $"/people/{FacilitatorId}{what}")).Status);
    }

    [Fact]
    public async Task A_facilitator_without_an_assignment_or_a_token_naming_no_team_member_reads_nobody()
    {
        await GivenAMemberInEachCouncil();
        await Post("/team", Recruitment(SecondFacilitatorId));

        var unassigned = await AsFacilitator(HttpMethod.Get, $"/people/{MemberId}", facilitator: SecondFacilitatorId);
        var nobody = await As("facilitator", "dev-facilitator", HttpMethod.Get, $"/people/{MemberId}");

        Assert.Equal(HttpStatusCode.Forbidden, unassigned.Status);
        Assert.Equal(HttpStatusCode.Forbidden, nobody.Status);
    }

    [Fact]
    public async Task An_ended_assignment_no_longer_opens_its_members()
    {
        await GivenAMemberInEachCouncil();
        await Post($"{TeamMember()}/assignments/{CouncilId}/ending", new { on = "2018-06-01" });

        Assert.Equal(HttpStatusCode.Forbidden, (await AsFacilitator(HttpMethod.Get, $"/people/{MemberId}")).Status);
    }
}

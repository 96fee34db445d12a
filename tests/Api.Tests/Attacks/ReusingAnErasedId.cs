using System.Net;
using ConseilsCitoyens.Projections.Members;
using static ConseilsCitoyens.Api.Tests.Scenarios;
using static ConseilsCitoyens.Api.Tests.Team.TeamScenarios;

namespace ConseilsCitoyens.Api.Tests.Attacks;

/// <summary>After an erasure, someone stores details under the erased id again; erasure must stay final.</summary>
public class ReusingAnErasedId(ApiFixture fixture) : AttackTest(fixture)
{
    private async Task GivenAnErasedMember()
    {
        await GivenTwoCouncilsAndAFacilitatorOfTheFirst();
        await Post(MembersOf(CouncilId), Resident());
        Assert.Equal(HttpStatusCode.OK, (await Post($"/people/{MemberId}/erasure", new { reason = "Demande de la personne" })).Status);
    }

    [Fact]
    public async Task Joining_another_council_with_the_erased_id_stores_nothing()
    {
        await GivenAnErasedMember();
        var before = await CountEvents();

        var answer = await Post(MembersOf(OtherCouncilId), Resident("QP999002"));

        Assert.Equal(HttpStatusCode.Conflict, answer.Status);
        Assert.Equal("person.erased", answer.ProblemCode);
        Assert.Equal(before, await CountEvents());
        Assert.Equal(HttpStatusCode.NotFound, (await Get($"/people/{MemberId}")).Status);
    }

    [Fact]
    public async Task Recruiting_a_team_member_with_the_erased_id_stores_nothing()
    {
        await GivenAnErasedMember();

        var answer = await Post("/team", Recruitment(MemberId));

        Assert.Equal(HttpStatusCode.Conflict, answer.Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Get($"/people/{MemberId}")).Status);
    }

    [Fact]
    public async Task A_second_erasure_deletes_whatever_it_finds()
    {
        await GivenAnErasedMember();
        // Details that reached the store anyway (an import, a race with the first erasure).
        await using (var session = Fixture.Store.LightweightSession(ApiFixture.City))
        {
            session.Store(new MemberPersonalDetails(MemberId, CouncilId, "Camille", "Revenue", null, null, 1980));
            await session.SaveChangesAsync();
        }

        var again = await Post($"/people/{MemberId}/erasure", new { reason = "Demande de la personne" });

        Assert.Equal(HttpStatusCode.OK, again.Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Get($"/people/{MemberId}")).Status);
    }
}

using System.Net;
using static ConseilsCitoyens.Api.Tests.Scenarios;
using static ConseilsCitoyens.Api.Tests.Team.TeamScenarios;

namespace ConseilsCitoyens.Api.Tests.Attacks;

/// <summary>
/// A facilitator of council A "joins" council A with the id of someone else (ids are public in
/// council views) and new details, hoping to overwrite that person's name, contact and birth year.
/// </summary>
public class OverwritingSomeoneElsesDetails(ApiFixture fixture) : AttackTest(fixture)
{
    private static readonly Guid CoordinatorId = Guid.Parse("0190c1a0-0000-7000-8000-0000000000c0");

    private static object Impostor(Guid memberId) => new
    {
        memberId,
        college = "residents",
        gender = "male",
        residenceQuartierCode = "QP999001",
        joinedOn = "2018-06-15",
        person = new { firstName = "Usurpateur", lastName = "Fictif", email = "usurpateur@example.org", birthYear = 1950 },
    };

    [Fact]
    public async Task A_member_of_another_council_keeps_their_details()
    {
        await GivenTwoCouncilsAndAFacilitatorOfTheFirst();
        Assert.Equal(HttpStatusCode.OK, (await Post(MembersOf(OtherCouncilId), Resident("QP999002"))).Status);
        var before = await CountEvents();

        var answer = await AsFacilitator(HttpMethod.Post, MembersOf(CouncilId), Impostor(MemberId));

        Assert.Equal(HttpStatusCode.Conflict, answer.Status);
        Assert.Equal("person.id-taken", answer.ProblemCode);
        Assert.Equal(before, await CountEvents());
        var person = (await Get($"/people/{MemberId}")).Json;
        Assert.Equal("Camille", person.GetProperty("firstName").GetString());
        Assert.Equal(OtherCouncilId, person.GetProperty("councilId").GetGuid());
    }

    [Fact]
    public async Task A_team_member_keeps_their_details()
    {
        await GivenTwoCouncilsAndAFacilitatorOfTheFirst();
        await Post("/team", Recruitment(CoordinatorId, role: "coordinator"));
        var before = await CountEvents();

        var answer = await AsFacilitator(HttpMethod.Post, MembersOf(CouncilId), Impostor(CoordinatorId));

        Assert.Equal(HttpStatusCode.Conflict, answer.Status);
        Assert.Equal(before, await CountEvents());
        var person = (await Get($"/people/{CoordinatorId}")).Json;
        Assert.Equal("Dominique", person.GetProperty("firstName").GetString());
        Assert.True(person.GetProperty("teamMember").GetBoolean());
    }

    [Fact]
    public async Task Recruiting_with_a_member_s_id_is_refused()
    {
        await GivenTwoCouncilsAndAFacilitatorOfTheFirst();
        await Post(MembersOf(OtherCouncilId), Resident("QP999002"));

        var answer = await Post("/team", Recruitment(MemberId));

        Assert.Equal(HttpStatusCode.Conflict, answer.Status);
        Assert.Equal("Camille", (await Get($"/people/{MemberId}")).Json.GetProperty("firstName").GetString());
    }

    [Fact]
    public async Task Correcting_details_is_its_own_command_scoped_like_every_write()
    {
        await GivenTwoCouncilsAndAFacilitatorOfTheFirst();
        await Post(MembersOf(CouncilId), Resident());
        await Post(MembersOf(OtherCouncilId), Resident("QP999002", Guid.Parse("0190c1a0-0000-7000-8000-0000000000a9")));
        var corrected = new { firstName = "Camille", lastName = "Corrigée", email = "camille.c@example.org", birthYear = 1981 };

        var own = await AsFacilitator(HttpMethod.Post, $"/people/{MemberId}/details", corrected);
        var other = await AsFacilitator(HttpMethod.Post, "/people/0190c1a0-0000-7000-8000-0000000000a9/details", corrected);

        Assert.Equal(HttpStatusCode.OK, own.Status);
        Assert.Equal("Corrigée", (await Get($"/people/{MemberId}")).Json.GetProperty("lastName").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, other.Status);
        Assert.Equal("Fictive", (await Get("/people/0190c1a0-0000-7000-8000-0000000000a9")).Json.GetProperty("lastName").GetString());
    }
}

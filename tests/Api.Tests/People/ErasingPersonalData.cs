using System.Net;
using ConseilsCitoyens.Api.Tests.Reports;
using Marten;
using static ConseilsCitoyens.Api.Tests.Scenarios;

namespace ConseilsCitoyens.Api.Tests.People;

public class ErasingPersonalData(ApiFixture fixture) : ApiTest(fixture)
{
    private static string Erasure(Guid personId) => $"/people/{personId}/erasure";

    private static readonly object ByLetter = new { reason = "Request by letter of 2018-06-25" };

    private async Task GivenAMember()
    {
        await Post("/quartiers", Quartier());
        await Post("/councils", Council());
        Assert.Equal(HttpStatusCode.OK, (await Post(MembersOf(CouncilId), Resident())).Status);
    }

    private async Task<int> ErasureEvents()
    {
        await using var session = Fixture.Store.QuerySession(ApiFixture.City);
        return await session.Events.QueryRawEventDataOnly<ConseilsCitoyens.Domain.Privacy.PersonalDataErased>().CountAsync();
    }

    [Fact]
    public async Task A_member_s_details_are_readable_by_those_who_work_with_them()
    {
        await GivenAMember();

        var person = await Get($"/people/{MemberId}", role: "coordinator");

        Assert.Equal(HttpStatusCode.OK, person.Status);
        Assert.Equal("Camille", person.Json.GetProperty("firstName").GetString());
        Assert.Equal(CouncilId, person.Json.GetProperty("councilId").GetGuid());
        Assert.Equal(HttpStatusCode.Forbidden, (await Get($"/people/{MemberId}", role: "auditor")).Status);
    }

    [Fact]
    public async Task An_erased_member_s_details_are_gone_and_the_erasure_is_recorded()
    {
        await GivenAMember();

        var erased = await Post(Erasure(MemberId), ByLetter);

        Assert.Equal(HttpStatusCode.OK, erased.Status);
        Assert.Equal("2018-06-30", erased.Json.GetProperty("erasedOn").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await Get($"/people/{MemberId}")).Status);
        Assert.Equal(1, await ErasureEvents());
        // The pseudonymous member still sits on the council.
        var council = await Get($"/councils/{CouncilId}");
        Assert.Contains(MemberId.ToString(), council.Body);
        Assert.DoesNotContain("Camille", council.Body);
    }

    [Fact]
    public async Task A_team_member_s_details_are_erased_too()
    {
        await GivenTheFacilitator();

        Assert.Equal(HttpStatusCode.OK, (await Post(Erasure(Team.TeamScenarios.FacilitatorId), ByLetter)).Status);

        Assert.Equal(HttpStatusCode.NotFound, (await Get($"/people/{Team.TeamScenarios.FacilitatorId}")).Status);
        Assert.Equal(HttpStatusCode.OK, (await Get(Team.TeamScenarios.TeamMember())).Status);
    }

    [Fact]
    public async Task Erasing_twice_records_one_erasure()
    {
        await GivenAMember();
        await Post(Erasure(MemberId), ByLetter);

        var again = await Post(Erasure(MemberId), new { reason = "Reminder" });

        Assert.Equal(HttpStatusCode.OK, again.Status);
        Assert.Equal("Request by letter of 2018-06-25", again.Json.GetProperty("reason").GetString());
        Assert.Equal(1, await ErasureEvents());
    }

    [Fact]
    public async Task Erasing_an_unknown_person_is_not_found_and_records_nothing()
    {
        var answer = await Post(Erasure(Guid.NewGuid()), ByLetter);

        Assert.Equal(HttpStatusCode.NotFound, answer.Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Get($"/people/{Guid.NewGuid()}")).Status);
        Assert.Equal(0, await ErasureEvents());
    }

    [Fact]
    public async Task An_erasure_without_a_reason_is_malformed_and_erases_nothing()
    {
        await GivenAMember();

        var answer = await Post(Erasure(MemberId), new { reason = "" });

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal(HttpStatusCode.OK, (await Get($"/people/{MemberId}")).Status);
    }

    [Fact]
    public async Task Only_an_administrator_erases()
    {
        await GivenAMember();

        Assert.Equal(HttpStatusCode.Forbidden, (await Post(Erasure(MemberId), ByLetter, role: "coordinator")).Status);
        Assert.Equal(HttpStatusCode.OK, (await Get($"/people/{MemberId}")).Status);
    }

    [Fact]
    public async Task The_council_report_and_the_audit_chain_are_unchanged_by_an_erasure()
    {
        await GivenAMember();
        var before = KnownAtText.Erased((await Get($"/councils/{CouncilId}/report?year=2017")).Body);

        await Post(Erasure(MemberId), ByLetter);

        Assert.Equal(before, KnownAtText.Erased((await Get($"/councils/{CouncilId}/report?year=2017")).Body));
        await Post("/audit/seals", "");
        var verification = (await Get("/audit/verification")).Json;
        Assert.True(verification.GetProperty("intact").GetBoolean());
        Assert.Equal(4, verification.GetProperty("eventsChecked").GetInt64());
    }
}

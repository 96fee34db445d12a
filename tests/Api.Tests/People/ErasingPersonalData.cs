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
    public async Task The_youth_share_is_the_same_after_an_erasure_and_the_log_never_holds_a_birth_year()
    {
        await GivenAMember();
        var young = Guid.Parse("0190c1a0-0000-7000-8000-0000000000a7");
        await Post(MembersOf(CouncilId), new
        {
            memberId = young, college = "residents", gender = "male", residenceQuartierCode = "QP999001", joinedOn = "2017-04-03",
            person = new { firstName = "Sacha", lastName = "Fictif", birthYear = 1995 },
        });
        var before = await YouthShare();

        await Post(Erasure(young), ByLetter);

        // Born 1980 and 1995, both joined in 2017: one of two under 30.
        Assert.Equal(0.5m, before);
        Assert.Equal(before, await YouthShare());
        var log = await Get($"/audit/events?council={CouncilId}&type=member_joined", "auditor");
        Assert.DoesNotContain("1995", log.Body);
        var joined = log.Json.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("payload"))
            .Single(p => p.GetProperty("memberId").GetGuid() == young);
        Assert.Equal("under30", joined.GetProperty("ageGroup").GetString());
    }

    private async Task<decimal> YouthShare() =>
        (await Get($"/councils/{CouncilId}/report?year=2018")).Json.GetProperty("indicators").EnumerateArray()
            .Single(i => i.GetProperty("id").GetString() == "youth-share").GetProperty("value").GetDecimal();

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

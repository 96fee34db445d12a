using System.Net;
using System.Text.Json;
using static ConseilsCitoyens.Api.Tests.Scenarios;
using static ConseilsCitoyens.Api.Tests.SteeringSessions.SteeringScenarios;
using static ConseilsCitoyens.Api.Tests.Team.TeamScenarios;

namespace ConseilsCitoyens.Api.Tests.SteeringSessions;

/// <summary>
/// A copil shared by two councils, each with one resident: the first council is represented and
/// speaks, the second is invited but nobody goes. Recorded once, counted once by the programme.
/// </summary>
public class SharingSteeringSessions(ApiFixture fixture) : ApiTest(fixture)
{
    private static readonly Guid OtherMemberId = Guid.Parse("0190c1a0-0000-7000-8000-0000000000a9");

    private static object Part(Guid councilId, params Guid[] representatives) =>
        new { councilId, invited = true, representativeIds = representatives, spoke = representatives.Length > 0, contributedInWriting = false };

    private static object Copil(params object[] participations) => CopilOn("2018-02-12", participations);

    private static object CopilOn(string heldOn, params object[] participations) =>
        new { id = SessionId, body = "steeringCommittee", bodyName = "COPIL du contrat de ville", heldOn, participations };

    private async Task GivenTwoCouncils()
    {
        await GivenACouncilWithAMember((url, body) => Post(url, body));
        await Post("/quartiers", Quartier("QP999002", "Autre quartier d'essai"));
        await Post("/councils", OtherCouncil());
        await Post(MembersOf(OtherCouncilId), Resident("QP999002", OtherMemberId));
    }

    private async Task<decimal?> Value(string report, string id) =>
        (await Get(report)).Json.GetProperty("indicators").EnumerateArray()
            .Single(i => i.GetProperty("id").GetString() == id).GetProperty("value") is { ValueKind: JsonValueKind.Number } v ? v.GetDecimal() : null;

    [Fact]
    public async Task A_shared_session_is_recorded_once_with_each_council_s_participation()
    {
        await GivenTwoCouncils();

        var created = await Post("/steering-sessions", Copil(Part(CouncilId, MemberId), Part(OtherCouncilId)));

        Assert.Equal(HttpStatusCode.Created, created.Status);
        Assert.Equal(SessionUrl, created.Location);
        // The session, two participations, the second council's rule 12 warning.
        Assert.Equal("\"4\"", created.ETag);
        var read = (await Get(SessionUrl)).Json;
        Assert.Equal([CouncilId, OtherCouncilId], read.GetProperty("participations").EnumerateArray().Select(p => p.GetProperty("councilId").GetGuid()));
        Assert.Equal([true, false], read.GetProperty("participations").EnumerateArray().Select(p => p.GetProperty("compliant").GetBoolean()));
        Assert.Equal(JsonValueKind.Null, read.GetProperty("councilId").ValueKind);
        Assert.False(read.GetProperty("compliant").GetBoolean());
    }

    [Fact]
    public async Task The_programme_counts_the_session_once_and_each_council_its_own_participation()
    {
        await GivenTwoCouncils();
        await Post("/steering-sessions", Copil(Part(CouncilId, MemberId), Part(OtherCouncilId)));

        Assert.Equal(1m, await Value("/report?year=2018", "steering-sessions"));
        Assert.Equal(1m, await Value("/report?year=2018", "steering-sessions-with-representative"));
        Assert.Equal(2m, await Value("/report?year=2018", "steering-invitations"));
        Assert.Equal(1m, await Value("/report?year=2018", "steering-presences"));
        Assert.Equal(1m, await Value("/report?year=2018", "steering-interventions"));
        Assert.Equal(1m, await Value($"/councils/{OtherCouncilId}/report?year=2018", "steering-sessions"));
        Assert.Equal(0m, await Value($"/councils/{OtherCouncilId}/report?year=2018", "steering-sessions-with-representative"));
        Assert.Equal(1m, await Value($"/councils/{OtherCouncilId}/report?year=2018", "compliance-warnings"));
        Assert.Equal(0m, await Value($"/councils/{CouncilId}/report?year=2018", "compliance-warnings"));
    }

    [Fact]
    public async Task One_council_s_participation_is_corrected_by_naming_it()
    {
        await GivenTwoCouncils();
        await Post("/steering-sessions", Copil(Part(CouncilId, MemberId), Part(OtherCouncilId)));
        var correction = new { invited = true, representativeIds = new[] { OtherMemberId }, spoke = false, contributedInWriting = false, councilId = OtherCouncilId };

        var unnamed = await Post($"{SessionUrl}/participation", new { invited = true, representativeIds = new[] { OtherMemberId }, spoke = false, contributedInWriting = false });
        var corrected = await Post($"{SessionUrl}/participation", correction, ifMatch: "\"4\"");

        Assert.Equal(HttpStatusCode.BadRequest, unnamed.Status);
        Assert.Equal(HttpStatusCode.OK, corrected.Status);
        Assert.True(corrected.Json.GetProperty("compliant").GetBoolean());
        Assert.Equal(0m, await Value($"/councils/{OtherCouncilId}/report?year=2018", "compliance-warnings"));
        Assert.Equal(2m, await Value("/report?year=2018", "steering-presences"));
    }

    [Fact]
    public async Task Every_event_of_the_session_is_found_by_each_of_its_councils_in_the_log()
    {
        await GivenTwoCouncils();
        await Post("/steering-sessions", Copil(Part(CouncilId, MemberId), Part(OtherCouncilId)));

        var log = (await Get($"/audit/events?council={OtherCouncilId}&from=2018-02-12&to=2018-02-12", "auditor")).Json;

        Assert.Contains("steering_session_held", log.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("type").GetString()));
        Assert.Contains(log.GetProperty("events").EnumerateArray(),
            e => e.GetProperty("type").GetString() == "steering_participation_recorded" && e.GetProperty("payload").GetProperty("councilId").GetGuid() == OtherCouncilId);
    }

    [Fact]
    public async Task A_council_named_twice_is_a_422_an_unknown_one_a_404_and_nothing_is_recorded()
    {
        await GivenTwoCouncils();

        var twice = await Post("/steering-sessions", Copil(Part(CouncilId, MemberId), Part(CouncilId)));
        var unknown = await Post("/steering-sessions", Copil(Part(CouncilId, MemberId), Part(Guid.NewGuid())));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, twice.Status);
        Assert.Equal("steering.council-twice", twice.ProblemCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Get(SessionUrl)).Status);
    }

    [Fact]
    public async Task A_session_that_concerns_no_council_is_a_422_and_nothing_is_recorded()
    {
        var none = await Post("/steering-sessions", Copil());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, none.Status);
        Assert.Equal("steering.no-council", none.ProblemCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Get(SessionUrl)).Status);
    }

    [Fact]
    public async Task A_facilitator_records_a_shared_session_only_when_assigned_to_each_of_its_councils()
    {
        await GivenTwoCouncils();
        await GivenTheFacilitator();
        await Post($"{TeamMember()}/assignments", Assignment(CouncilId, "2018-01-01"));
        var token = "Bearer " + Fixture.TokenFor("facilitator", FacilitatorId.ToString());

        // Within the facilitator's back-dating window of today (2018-06-30).
        var session = JsonSerializer.Serialize(CopilOn("2018-06-12", Part(CouncilId, MemberId), Part(OtherCouncilId)));
        var refused = await SendWith(HttpMethod.Post, "/steering-sessions", session, null, null, token);
        await Post($"{TeamMember()}/assignments", Assignment(OtherCouncilId, "2018-01-01"));
        var accepted = await SendWith(HttpMethod.Post, "/steering-sessions", session, null, null, token);

        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
        Assert.Equal(HttpStatusCode.Created, accepted.Status);
    }
}

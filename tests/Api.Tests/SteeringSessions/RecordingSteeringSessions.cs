using System.Net;
using Marten;
using static ConseilsCitoyens.Api.Tests.Scenarios;
using static ConseilsCitoyens.Api.Tests.SteeringSessions.SteeringScenarios;

namespace ConseilsCitoyens.Api.Tests.SteeringSessions;

public class RecordingSteeringSessions(ApiFixture fixture) : ApiTest(fixture)
{
    private Task GivenACouncilWithAMember() => SteeringScenarios.GivenACouncilWithAMember((url, body) => Post(url, body));

    private async Task<long> EventCount()
    {
        await using var session = Fixture.Store.QuerySession(ApiFixture.City);
        return await session.Events.QueryAllRawEvents().CountAsync();
    }

    [Fact]
    public async Task A_session_the_council_attended_answers_201_with_its_location_and_is_compliant()
    {
        await GivenACouncilWithAMember();

        var created = await Post(SessionsOfCouncil, Session(spoke: true));

        Assert.Equal(HttpStatusCode.Created, created.Status);
        Assert.Equal(SessionUrl, created.Location);
        Assert.Equal("\"2\"", created.ETag);
        var read = await Get(SessionUrl);
        Assert.Equal("\"2\"", read.ETag);
        Assert.True(read.Json.GetProperty("compliant").GetBoolean());
        Assert.True(read.Json.GetProperty("spoke").GetBoolean());
        Assert.Equal(MemberId, read.Json.GetProperty("representativeIds")[0].GetGuid());
        Assert.Equal(0, read.Json.GetProperty("warnings").GetArrayLength());
    }

    [Fact]
    public async Task A_session_without_a_representative_is_recorded_with_a_warning()
    {
        await GivenACouncilWithAMember();

        var created = await Post(SessionsOfCouncil, Session(representatives: [], body: "urbanRenewal"));

        Assert.Equal(HttpStatusCode.Created, created.Status);
        Assert.Equal("\"3\"", created.ETag);
        var read = (await Get(SessionUrl)).Json;
        Assert.False(read.GetProperty("compliant").GetBoolean());
        Assert.Equal("urbanRenewal", read.GetProperty("body").GetString());
        var warning = Assert.Single(read.GetProperty("warnings").EnumerateArray());
        Assert.Equal(12, warning.GetProperty("rule").GetInt32());
        Assert.Equal("steering.council-not-represented", warning.GetProperty("code").GetString());
        Assert.Equal("2018-02-12", warning.GetProperty("on").GetString());
    }

    [Fact]
    public async Task A_session_the_council_was_not_invited_to_is_recorded_with_a_warning()
    {
        await GivenACouncilWithAMember();

        await Post(SessionsOfCouncil, Session(invited: false));

        var warning = Assert.Single((await Get(SessionUrl)).Json.GetProperty("warnings").EnumerateArray());
        Assert.Equal("steering.council-not-invited", warning.GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_representative_who_is_not_a_member_breaks_a_rule_and_records_nothing()
    {
        await GivenACouncilWithAMember();

        var answer = await Post(SessionsOfCouncil, Session(representatives: [Guid.NewGuid()]));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, answer.Status);
        Assert.Equal("steering.representative-not-member", answer.ProblemCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Get(SessionUrl)).Status);
        Assert.Equal(3L, await EventCount());
    }

    [Fact]
    public async Task Speaking_without_a_representative_is_a_422()
    {
        await GivenACouncilWithAMember();

        var answer = await Post(SessionsOfCouncil, Session(representatives: [], spoke: true));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, answer.Status);
        Assert.Equal("steering.spoke-without-representative", answer.ProblemCode);
        Assert.Equal(3L, await EventCount());
    }

    [Fact]
    public async Task Recording_a_session_for_an_unknown_council_is_not_found() =>
        Assert.Equal(HttpStatusCode.NotFound, (await Post($"/councils/{Guid.NewGuid()}/steering-sessions", Session())).Status);

    [Fact]
    public async Task Recording_the_same_session_twice_is_a_conflict()
    {
        await GivenACouncilWithAMember();
        await Post(SessionsOfCouncil, Session());

        Assert.Equal(HttpStatusCode.Conflict, (await Post(SessionsOfCouncil, Session())).Status);
    }

    [Theory]
    [InlineData("""{"body":"boardroom","heldOn":"2018-02-12","invited":true,"representativeIds":[],"spoke":false,"contributedInWriting":false}""")]
    [InlineData("""{"body":"steeringCommittee","heldOn":"2018-02-12","representativeIds":[],"spoke":false,"contributedInWriting":false}""")]
    [InlineData("""{"body":"steeringCommittee","heldOn":"2018-02-12","invited":true,"representativeIds":["nope"],"spoke":false,"contributedInWriting":false}""")]
    [InlineData("""{"body":"steeringCommittee","heldOn":"2018-02-12","invited":true,"representativeIds":["00000000-0000-0000-0000-000000000000"],"spoke":false,"contributedInWriting":false}""")]
    public async Task A_malformed_session_is_a_400_and_records_nothing(string json)
    {
        await GivenACouncilWithAMember();

        var answer = await Post(SessionsOfCouncil, json);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal(3L, await EventCount());
    }

    [Fact]
    public async Task An_unknown_session_is_not_found()
    {
        var answer = await Get($"/steering-sessions/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, answer.Status);
        Assert.Equal("application/problem+json", answer.ContentType);
    }
}

using System.Net;
using static ConseilsCitoyens.Api.Tests.Meetings.MeetingScenarios;
using static ConseilsCitoyens.Api.Tests.Scenarios;

namespace ConseilsCitoyens.Api.Tests.Meetings;

public class PlanningMeetings(ApiFixture fixture) : MeetingTest(fixture)
{
    [Fact]
    public async Task A_planned_meeting_answers_201_with_its_location_and_version()
    {
        await GivenACouncilWithMembers();

        var planned = await Post(MeetingsOf(CouncilId), Plan(kind: "workingGroup"));

        Assert.Equal(HttpStatusCode.Created, planned.Status);
        Assert.Equal($"/meetings/{MeetingId}", planned.Location);
        Assert.Equal("\"1\"", planned.ETag);
        var read = await Get(planned.Location!);
        Assert.Equal("\"1\"", read.ETag);
        Assert.Equal("planned", read.Json.GetProperty("status").GetString());
        Assert.Equal("workingGroup", read.Json.GetProperty("kind").GetString());
        Assert.Equal("2018-03-12", read.Json.GetProperty("plannedFor").GetString());
        Assert.Equal(MemberId, read.Json.GetProperty("convenedBy").GetProperty("memberId").GetGuid());
    }

    [Fact]
    public async Task A_repeated_idempotency_key_is_answered_with_the_first_answer_and_its_etag()
    {
        await GivenACouncilWithMembers();
        var json = System.Text.Json.JsonSerializer.Serialize(Plan(), WebJson);
        var key = Guid.NewGuid().ToString();

        var first = await Send(HttpMethod.Post, MeetingsOf(CouncilId), json, idempotencyKey: key);
        var again = await Send(HttpMethod.Post, MeetingsOf(CouncilId), json, idempotencyKey: key);

        Assert.Equal(HttpStatusCode.Created, first.Status);
        Assert.Equal((first.Status, first.Body, first.Location, first.ETag), (again.Status, again.Body, again.Location, again.ETag));
        Assert.Equal("\"1\"", again.ETag);
    }

    [Fact]
    public async Task Planning_the_same_meeting_twice_is_a_conflict()
    {
        await GivenACouncilWithMembers();
        await Post(MeetingsOf(CouncilId), Plan());

        Assert.Equal(HttpStatusCode.Conflict, (await Post(MeetingsOf(CouncilId), Plan(convenedBy: Facilitator))).Status);
    }

    [Fact]
    public async Task Planning_for_an_unknown_council_is_not_found() =>
        Assert.Equal(HttpStatusCode.NotFound, (await Post(MeetingsOf(Guid.NewGuid()), Plan())).Status);

    [Fact]
    public async Task An_unknown_meeting_is_not_found()
    {
        var answer = await Get(MeetingUrl(Guid.NewGuid()));

        Assert.Equal(HttpStatusCode.NotFound, answer.Status);
        Assert.Equal("application/problem+json", answer.ContentType);
    }

    [Fact]
    public async Task A_convener_who_is_not_a_member_breaks_a_rule_and_nothing_is_written()
    {
        await GivenACouncilWithMembers();
        var before = await CountEvents();

        var answer = await Post(MeetingsOf(CouncilId), Plan(convenedBy: Member(Guid.NewGuid())));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, answer.Status);
        Assert.Equal("meeting.convener-not-member", answer.ProblemCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Get(MeetingUrl())).Status);
        Assert.Equal(before, await CountEvents());
    }

    [Fact]
    public async Task A_meeting_planned_before_the_council_existed_is_refused()
    {
        await GivenACouncilWithMembers();

        var answer = await Post(MeetingsOf(CouncilId), Plan("2017-03-05", Facilitator));

        Assert.Equal("meeting.before-council-creation", answer.ProblemCode);
    }

    [Theory]
    [InlineData("""{"kind":"plenary","plannedFor":"2018-03-12","convenedBy":{"kind":"member"}}""", "convenedBy.memberId")]
    [InlineData("""{"kind":"plenary","plannedFor":"2018-03-12","convenedBy":{"kind":"facilitator","memberId":"0190c1a0-0000-7000-8000-0000000000a1"}}""", "convenedBy.memberId")]
    [InlineData("""{"kind":"assembly","plannedFor":"2018-03-12","convenedBy":{"kind":"facilitator"}}""", null)]
    [InlineData("""{"kind":"plenary","convenedBy":{"kind":"facilitator"}}""", null)]
    [InlineData("""{"kind":"plenary","plannedFor":"2018-03-12"}""", null)]
    public async Task A_malformed_plan_is_a_400_and_writes_nothing(string json, string? field)
    {
        await GivenACouncilWithMembers();
        var before = await CountEvents();

        var answer = await Post(MeetingsOf(CouncilId), json);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        if (field is not null)
            Assert.True(answer.Json.GetProperty("errors").TryGetProperty(field, out _), answer.Body);
        Assert.Equal(before, await CountEvents());
    }
}

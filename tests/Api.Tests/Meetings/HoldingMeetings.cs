using System.Net;
using static ConseilsCitoyens.Api.Tests.Meetings.MeetingScenarios;
using static ConseilsCitoyens.Api.Tests.Scenarios;

namespace ConseilsCitoyens.Api.Tests.Meetings;

public class HoldingMeetings(ApiFixture fixture) : MeetingTest(fixture)
{
    [Fact]
    public async Task A_meeting_is_given_an_agenda_then_held_each_step_a_new_version()
    {
        await GivenAPlannedMeeting();

        var item = await Post(MeetingUrl(then: "agenda-items"), new { title = "Jardin partagé", proposedBy = Member(OtherMemberId) }, "\"1\"");
        var partner = await Post(MeetingUrl(then: "agenda-items"), new { title = "Propreté", proposedBy = new { kind = "partner" } }, "\"2\"");
        var held = await Post(MeetingUrl(then: "holding"), Hold(chairedBy: Facilitator), "\"3\"");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK], new[] { item.Status, partner.Status, held.Status });
        Assert.Equal("\"4\"", held.ETag);
        var meeting = (await Get(MeetingUrl())).Json;
        Assert.Equal("held", meeting.GetProperty("status").GetString());
        Assert.Equal("2018-03-14", meeting.GetProperty("heldOn").GetString());
        Assert.Equal("facilitator", meeting.GetProperty("chairedBy").GetProperty("kind").GetString());
        var agenda = meeting.GetProperty("agenda");
        Assert.Equal(2, agenda.GetArrayLength());
        Assert.Equal(OtherMemberId, agenda[0].GetProperty("proposedBy").GetProperty("memberId").GetGuid());
        Assert.Equal("partner", agenda[1].GetProperty("proposedBy").GetProperty("kind").GetString());
    }

    [Fact]
    public async Task An_agenda_item_recorded_after_the_fact_is_dated_the_day_it_was_proposed()
    {
        await GivenAPlannedMeeting();

        var item = await Post(MeetingUrl(then: "agenda-items"), new { title = "Jardin partagé", proposedBy = Facilitator, proposedOn = "2018-03-05" });
        var future = await Post(MeetingUrl(then: "agenda-items"), new { title = "Propreté", proposedBy = Facilitator, proposedOn = "2018-07-01" });

        Assert.Equal(HttpStatusCode.OK, item.Status);
        Assert.Equal("2018-03-05", item.Json.GetProperty("agenda")[0].GetProperty("addedOn").GetString());
        Assert.Equal("date.in-future", future.ProblemCode);
    }

    [Fact]
    public async Task Holding_the_same_way_twice_appends_nothing()
    {
        await GivenAHeldMeeting();

        var again = await Post(MeetingUrl(then: "holding"), Hold());

        Assert.Equal(HttpStatusCode.OK, again.Status);
        Assert.Equal("\"2\"", again.ETag);
    }

    [Fact]
    public async Task A_stale_if_match_is_refused_with_412_and_appends_nothing()
    {
        await GivenAPlannedMeeting();
        await Post(MeetingUrl(then: "agenda-items"), new { title = "Jardin partagé", proposedBy = Facilitator });

        var stale = await Post(MeetingUrl(then: "holding"), Hold(), "\"1\"");

        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.Status);
        Assert.Equal("version.stale", stale.ProblemCode);
        var meeting = await Get(MeetingUrl());
        Assert.Equal("\"2\"", meeting.ETag);
        Assert.Equal("planned", meeting.Json.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Holding_a_cancelled_meeting_breaks_a_rule_and_appends_nothing()
    {
        await GivenAPlannedMeeting();
        var cancelled = await Post(MeetingUrl(then: "cancellation"), new { reason = "Salle indisponible" });

        var answer = await Post(MeetingUrl(then: "holding"), Hold());

        Assert.Equal(HttpStatusCode.OK, cancelled.Status);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, answer.Status);
        Assert.Equal("meeting.cancelled", answer.ProblemCode);
        var meeting = await Get(MeetingUrl());
        Assert.Equal("\"2\"", meeting.ETag);
        Assert.Equal("cancelled", meeting.Json.GetProperty("status").GetString());
        Assert.Equal("Salle indisponible", meeting.Json.GetProperty("cancellationReason").GetString());
        Assert.Equal("2018-06-30", meeting.Json.GetProperty("cancelledOn").GetString());
    }

    [Fact]
    public async Task A_held_meeting_cannot_be_cancelled()
    {
        await GivenAHeldMeeting();

        var answer = await Post(MeetingUrl(then: "cancellation"), new { reason = "Trop tard" });

        Assert.Equal("meeting.already-held", answer.ProblemCode);
        Assert.Equal("\"2\"", (await Get(MeetingUrl())).ETag);
    }

    [Fact]
    public async Task A_meeting_is_not_held_after_the_apis_today()
    {
        await GivenAPlannedMeeting();

        var answer = await Post(MeetingUrl(then: "holding"), Hold("2018-07-01"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, answer.Status);
        Assert.Equal("date.in-future", answer.ProblemCode);
    }

    [Fact]
    public async Task An_agenda_item_proposed_by_a_stranger_is_refused()
    {
        await GivenAPlannedMeeting();

        var answer = await Post(MeetingUrl(then: "agenda-items"), new { title = "Propreté", proposedBy = Member(Guid.NewGuid()) });

        Assert.Equal("meeting.proposer-not-member", answer.ProblemCode);
        Assert.Equal("\"1\"", (await Get(MeetingUrl())).ETag);
    }

    [Theory]
    [InlineData("holding")]
    [InlineData("cancellation")]
    [InlineData("agenda-items")]
    public async Task Writing_to_an_unknown_meeting_is_not_found(string then)
    {
        object body = then switch
        {
            "holding" => Hold(),
            "cancellation" => new { reason = "Salle indisponible" },
            _ => new { title = "Propreté", proposedBy = Facilitator },
        };

        Assert.Equal(HttpStatusCode.NotFound, (await Post(MeetingUrl(Guid.NewGuid(), then), body)).Status);
    }

    [Theory]
    [InlineData("holding", """{"heldOn":"2018-03-14"}""")]
    [InlineData("holding", """{"heldOn":"2018-02-30","chairedBy":{"kind":"facilitator"}}""")]
    [InlineData("cancellation", """{"reason":""}""")]
    [InlineData("agenda-items", """{"title":"","proposedBy":{"kind":"facilitator"}}""")]
    [InlineData("agenda-items", """{"title":"Propreté","proposedBy":{"kind":"mayor"}}""")]
    public async Task A_malformed_request_is_a_400_and_appends_nothing(string then, string json)
    {
        await GivenAPlannedMeeting();

        var answer = await Post(MeetingUrl(then: then), json);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("\"1\"", (await Get(MeetingUrl())).ETag);
    }
}

using System.Net;
using static ConseilsCitoyens.Api.Tests.Meetings.MeetingScenarios;
using static ConseilsCitoyens.Api.Tests.Scenarios;

namespace ConseilsCitoyens.Api.Tests.Meetings;

public class ListingMeetings(ApiFixture fixture) : MeetingTest(fixture)
{
    private static readonly Guid OtherCouncilId = Guid.Parse("0190c1a0-0000-7000-8000-000000000002");

    [Fact]
    public async Task A_councils_meetings_are_listed_by_date_and_no_other_councils()
    {
        await GivenACouncilWithMembers();
        await Post("/councils", new { id = OtherCouncilId, name = "Autre conseil d'essai", quartierCodes = new[] { "QP999001" }, createdOn = "2017-03-06" });
        var (late, early, heldEarlier) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        await Post(MeetingsOf(CouncilId), Plan("2018-09-10", Facilitator, late));
        await Post(MeetingsOf(CouncilId), Plan("2018-01-15", Facilitator, early));
        await Post(MeetingsOf(CouncilId), Plan("2018-05-20", Facilitator, heldEarlier));
        await Post(MeetingUrl(heldEarlier, "holding"), Hold("2017-12-01", Facilitator));
        await Post(MeetingsOf(OtherCouncilId), Plan("2018-02-01", Facilitator, Guid.NewGuid()));

        var answer = await Get(MeetingsOf(CouncilId));

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        var ids = answer.Json.GetProperty("meetings").EnumerateArray().Select(m => m.GetProperty("id").GetGuid());
        Assert.Equal([heldEarlier, early, late], ids);
    }

    [Fact]
    public async Task A_council_without_meetings_lists_none()
    {
        await GivenACouncilWithMembers();

        Assert.Equal(0, (await Get(MeetingsOf(CouncilId))).Json.GetProperty("meetings").GetArrayLength());
    }

    [Fact]
    public async Task The_meetings_of_an_unknown_council_are_not_found() =>
        Assert.Equal(HttpStatusCode.NotFound, (await Get(MeetingsOf(Guid.NewGuid()))).Status);
}

using static ConseilsCitoyens.Api.Tests.Meetings.MeetingScenarios;
using static ConseilsCitoyens.Api.Tests.Scenarios;

namespace ConseilsCitoyens.Api.Tests.Meetings;

/// <summary>Requests of the meeting tests. The API's today is 2018-06-30.</summary>
public static class MeetingScenarios
{
    public static readonly Guid MeetingId = Guid.Parse("0190c1a0-0000-7000-8000-0000000000b1");
    public static readonly Guid OtherMemberId = Guid.Parse("0190c1a0-0000-7000-8000-0000000000a2");
    public static readonly Guid ThirdMemberId = Guid.Parse("0190c1a0-0000-7000-8000-0000000000a3");

    public static string MeetingsOf(Guid councilId) => $"/councils/{councilId}/meetings";

    public static string MeetingUrl(Guid? id = null, string? then = null) => $"/meetings/{id ?? MeetingId}" + (then is null ? "" : "/" + then);

    public static object Member(Guid memberId) => new { kind = "member", memberId };

    public static readonly object Facilitator = new { kind = "facilitator" };

    public static object Plan(string plannedFor = "2018-03-12", object? convenedBy = null, Guid? id = null, string kind = "plenary") =>
        new { id = id ?? MeetingId, kind, plannedFor, convenedBy = convenedBy ?? Member(MemberId) };

    public static object Hold(string heldOn = "2018-03-14", object? chairedBy = null) =>
        new { heldOn, chairedBy = chairedBy ?? Member(MemberId) };

    public static object Register(params (Guid Member, string Presence)[] entries) =>
        new { register = entries.Select(e => new { memberId = e.Member, presence = e.Presence }).ToArray() };
}

/// <summary>Meeting tests start from a council of three residents who joined on 2017-04-03.</summary>
public abstract class MeetingTest(ApiFixture fixture) : ApiTest(fixture)
{
    protected async Task GivenACouncilWithMembers()
    {
        await Post("/quartiers", Quartier());
        await Post("/councils", Council());
        foreach (var member in new[] { MemberId, OtherMemberId, ThirdMemberId })
            await Post(MembersOf(CouncilId), Resident(memberId: member));
    }

    protected async Task GivenAPlannedMeeting()
    {
        await GivenACouncilWithMembers();
        await Post(MeetingsOf(CouncilId), Plan());
    }

    protected async Task GivenAHeldMeeting()
    {
        await GivenAPlannedMeeting();
        await Post(MeetingUrl(then: "holding"), Hold());
    }

    protected async Task<long> CountEvents()
    {
        await using var session = Fixture.Store.QuerySession(ApiFixture.City);
        return await Marten.QueryableExtensions.CountAsync(session.Events.QueryAllRawEvents());
    }
}

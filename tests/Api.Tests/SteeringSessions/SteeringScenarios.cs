using static ConseilsCitoyens.Api.Tests.Scenarios;

namespace ConseilsCitoyens.Api.Tests.SteeringSessions;

public static class SteeringScenarios
{
    public static readonly Guid SessionId = Guid.Parse("0190c1a0-0000-7000-8000-0000000000c1");
    public static readonly string SessionsOfCouncil = $"/councils/{CouncilId}/steering-sessions";
    public static readonly string SessionUrl = $"/steering-sessions/{SessionId}";

    public static object Session(Guid[]? representatives = null, bool invited = true, bool spoke = false, string body = "steeringCommittee") => new
    {
        id = SessionId,
        body,
        heldOn = "2018-02-12",
        invited,
        representativeIds = representatives ?? [MemberId],
        spoke,
        contributedInWriting = false,
    };

    /// <summary>A council with one resident member since 2017-04-03: three events.</summary>
    public static async Task GivenACouncilWithAMember(Func<string, object, Task<Answer>> post)
    {
        await post("/quartiers", Quartier());
        await post("/councils", Council());
        await post(MembersOf(CouncilId), Resident());
    }
}

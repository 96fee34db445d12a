using ConseilsCitoyens.Domain.Team;
using Marten;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.Team;

public sealed record TeamResponse(IReadOnlyList<TeamMemberResponse> Members);

public static class ListTeamEndpoint
{
    [WolverineGet("/team")]
    [Tags("Team")]
    [EndpointSummary("List the programme's team, past and present, by start date")]
    public static async Task<TeamResponse> Get(IQuerySession session, CancellationToken ct)
    {
        // LINQ cannot order on NodaTime members; the team is a handful of people.
        var team = await session.Query<TeamMember>().ToListAsync(ct);
        return new TeamResponse(team.OrderBy(f => f.StartsOn).ThenBy(f => f.Id).Select(TeamMemberResponse.From).ToArray());
    }
}

using ConseilsCitoyens.Domain.Team;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.Team;

public sealed record TeamResponse(IReadOnlyList<FacilitatorResponse> Members);

public static class ListTeamEndpoint
{
    [WolverineGet("/team")]
    [Tags("Team")]
    [EndpointSummary("List the programme's team, past and present, by start date")]
    public static async Task<TeamResponse> Get(IQuerySession session, CancellationToken ct)
    {
        // LINQ cannot order on NodaTime members; the team is a handful of people.
        var team = await session.Query<Facilitator>().ToListAsync(ct);
        return new TeamResponse(team.OrderBy(f => f.StartsOn).ThenBy(f => f.Id).Select(FacilitatorResponse.From).ToArray());
    }
}

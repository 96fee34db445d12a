using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Team;
using Marten;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.Team;

public static class GetTeamMemberEndpoint
{
    [WolverineGet("/team/{id}")]
    [Tags("Team")]
    [EndpointSummary("Read a team member: role, contract, trainings with total hours, assignments and warnings; version as ETag")]
    public static async Task<TeamMemberResponse> Get(Guid id, IQuerySession session, HttpResponse response, CancellationToken ct)
    {
        var member = await session.LoadAsync<TeamMember>(id, ct) ?? throw new ResourceNotFound($"Team member {id}");
        response.WriteETag(member.Version);
        return TeamMemberResponse.From(member);
    }
}

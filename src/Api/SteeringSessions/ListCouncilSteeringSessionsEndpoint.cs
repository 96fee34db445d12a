using ConseilsCitoyens.Api.Councils;
using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Projections.Maintenance;
using ConseilsCitoyens.Domain.SteeringSessions;
using Marten;
using Marten.Linq.MatchesSql;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.SteeringSessions;

public static class ListCouncilSteeringSessionsEndpoint
{
    [WolverineGet("/councils/{councilId}/steering-sessions")]
    [Tags("Steering sessions")]
    [EndpointSummary("List the steering sessions a council was invited to, paged by id, each with its version")]
    public static Task<Page<SteeringSessionResponse>> Get(Guid councilId, string? after, string? limit, IQuerySession session, CancellationToken ct) =>
        session.CouncilPage<SteeringSession, SteeringSessionResponse>(councilId,
            // A session may be shared by several councils: those naming this one, through their index.
            d => d.MatchesSql('^', $"{SteeringSessionCouncilsIndex.Expression} ?| ^::text[]", new object[] { new[] { councilId.ToString("D") } }),
            d => d.Id, SteeringSessionResponse.From, after, limit, ct);
}

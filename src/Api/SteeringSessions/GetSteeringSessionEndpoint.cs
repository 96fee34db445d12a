using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.SteeringSessions;
using Marten;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.SteeringSessions;

public static class GetSteeringSessionEndpoint
{
    [WolverineGet("/steering-sessions/{id}")]
    [Tags("Steering sessions")]
    [EndpointSummary("Read a steering session: the council's participation, its rule 12 compliance and warnings, its version as ETag")]
    public static async Task<SteeringSessionResponse> Get(Guid id, IQuerySession session, HttpResponse response, CancellationToken ct)
    {
        var steeringSession = await session.LoadAsync<SteeringSession>(id, ct) ?? throw new ResourceNotFound($"Steering session {id}");
        response.WriteETag(steeringSession.Version);
        return SteeringSessionResponse.From(steeringSession);
    }
}

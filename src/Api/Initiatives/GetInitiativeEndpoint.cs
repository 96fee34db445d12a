using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Initiatives;
using Marten;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.Initiatives;

public static class GetInitiativeEndpoint
{
    [WolverineGet("/initiatives/{id}")]
    [Tags("Initiatives")]
    [EndpointSummary("Read an initiative: its status, supports, total funds in euro cents, and its version as ETag")]
    public static async Task<InitiativeResponse> Get(Guid id, IQuerySession session, HttpResponse response, CancellationToken ct)
    {
        var initiative = await session.LoadAsync<Initiative>(id, ct) ?? throw new ResourceNotFound($"Initiative {id}");
        response.WriteETag(initiative.Version);
        return InitiativeResponse.From(initiative);
    }
}

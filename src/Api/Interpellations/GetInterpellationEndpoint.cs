using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Interpellations;
using Marten;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.Interpellations;

public static class GetInterpellationEndpoint
{
    [WolverineGet("/interpellations/{id}")]
    [Tags("Interpellations")]
    [EndpointSummary("Read an interpellation: its current stage, the dated history of its stages, and its version as ETag")]
    public static async Task<InterpellationResponse> Get(Guid id, IQuerySession session, HttpResponse response, CancellationToken ct)
    {
        var interpellation = await session.LoadAsync<Interpellation>(id, ct) ?? throw new ResourceNotFound($"Interpellation {id}");
        response.WriteETag(interpellation.Version);
        return InterpellationResponse.From(interpellation);
    }
}

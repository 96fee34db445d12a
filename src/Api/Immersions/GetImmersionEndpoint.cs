using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Immersions;
using Marten;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.Immersions;

public static class GetImmersionEndpoint
{
    [WolverineGet("/immersions/{id}")]
    [Tags("Immersions")]
    [EndpointSummary("Read an immersion with its warnings, and its version as ETag")]
    public static async Task<ImmersionResponse> Get(Guid id, IQuerySession session, HttpResponse response, CancellationToken ct)
    {
        var immersion = await session.LoadAsync<Immersion>(id, ct) ?? throw new ResourceNotFound($"Immersion {id}");
        response.WriteETag(immersion.Version);
        return ImmersionResponse.From(immersion);
    }
}

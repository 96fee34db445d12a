using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Conventions;
using Marten;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.Conventions;

public static class GetConventionEndpoint
{
    [WolverineGet("/conventions/{id}")]
    [Tags("Conventions")]
    [EndpointSummary("Read a convention: sponsors, period and years, objectives, each yearly target with its history, version as ETag")]
    public static async Task<ConventionResponse> Get(Guid id, IQuerySession session, HttpResponse response, CancellationToken ct)
    {
        var convention = await session.LoadAsync<Convention>(id, ct) ?? throw new ResourceNotFound($"Convention {id}");
        response.WriteETag(convention.Version);
        return ConventionResponse.From(convention);
    }
}

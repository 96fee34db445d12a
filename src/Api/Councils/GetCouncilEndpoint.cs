using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Councils;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.Councils;

public static class GetCouncilEndpoint
{
    [WolverineGet("/councils/{id}")]
    [Tags("Councils")]
    [EndpointSummary("Read a council: its quartiers, its members per college, and its version as ETag")]
    [ProducesResponseType<ProblemDetails>(404, "application/problem+json")]
    public static async Task<CouncilResponse> Get(Guid id, IQuerySession session, HttpResponse response, CancellationToken ct)
    {
        var council = await session.LoadAsync<Council>(id, ct) ?? throw new ResourceNotFound($"Council {id}");
        response.WriteETag(council.Version);
        return CouncilResponse.From(council);
    }
}

using ConseilsCitoyens.Api.Councils;
using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Drawings;
using Marten;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.Drawings;

public static class ListCouncilDrawingsEndpoint
{
    [WolverineGet("/councils/{councilId}/drawings")]
    [Tags("Drawings")]
    [EndpointSummary("List a council's drawings by lot, paged by id, each with its version")]
    public static Task<Page<DrawingResponse>> Get(Guid councilId, string? after, string? limit, IQuerySession session, CancellationToken ct) =>
        session.CouncilPage<Drawing, DrawingResponse>(councilId, d => d.CouncilId == councilId, d => d.Id, DrawingResponse.From, after, limit, ct);
}

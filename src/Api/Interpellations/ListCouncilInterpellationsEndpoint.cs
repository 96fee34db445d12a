using ConseilsCitoyens.Api.Councils;
using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Interpellations;
using Marten;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.Interpellations;

public static class ListCouncilInterpellationsEndpoint
{
    [WolverineGet("/councils/{councilId}/interpellations")]
    [Tags("Interpellations")]
    [EndpointSummary("List a council's interpellations, paged by id, each with its stage and version")]
    public static Task<Page<InterpellationResponse>> Get(Guid councilId, string? after, string? limit, IQuerySession session, CancellationToken ct) =>
        session.CouncilPage<Interpellation, InterpellationResponse>(councilId, d => d.CouncilId == councilId, d => d.Id, InterpellationResponse.From, after, limit, ct);
}

using ConseilsCitoyens.Api.Councils;
using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Initiatives;
using Marten;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.Initiatives;

public static class ListCouncilInitiativesEndpoint
{
    [WolverineGet("/councils/{councilId}/initiatives")]
    [Tags("Initiatives")]
    [EndpointSummary("List a council's initiatives, paged by id, each with its status and version")]
    public static Task<Page<InitiativeResponse>> Get(Guid councilId, string? after, string? limit, IQuerySession session, CancellationToken ct) =>
        session.CouncilPage<Initiative, InitiativeResponse>(councilId, d => d.CouncilId == councilId, d => d.Id, InitiativeResponse.From, after, limit, ct);
}

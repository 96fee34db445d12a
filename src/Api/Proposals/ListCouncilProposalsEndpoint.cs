using ConseilsCitoyens.Api.Councils;
using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Proposals;
using Marten;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.Proposals;

public static class ListCouncilProposalsEndpoint
{
    [WolverineGet("/councils/{councilId}/proposals")]
    [Tags("Proposals")]
    [EndpointSummary("List a council's opinions and proposals, paged by id, each with its version")]
    public static Task<Page<ProposalResponse>> Get(Guid councilId, string? after, string? limit, IQuerySession session, CancellationToken ct) =>
        session.CouncilPage<Proposal, ProposalResponse>(councilId, d => d.CouncilId == councilId, d => d.Id, ProposalResponse.From, after, limit, ct);
}

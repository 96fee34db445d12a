using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Proposals;
using Marten;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.Proposals;

public static class GetProposalEndpoint
{
    [WolverineGet("/proposals/{id}")]
    [Tags("Proposals")]
    [EndpointSummary("Read an opinion or proposal: positions, dissent, answer and answer delay, version as ETag")]
    public static async Task<ProposalResponse> Get(Guid id, IQuerySession session, HttpResponse response, CancellationToken ct)
    {
        var proposal = await session.LoadAsync<Proposal>(id, ct) ?? throw new ResourceNotFound($"Proposal {id}");
        response.WriteETag(proposal.Version);
        return ProposalResponse.From(proposal);
    }
}

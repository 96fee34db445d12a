using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Partners;
using Marten;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.Partners;

public static class GetPartnerEndpoint
{
    [WolverineGet("/partners/{id}")]
    [Tags("Partners")]
    [EndpointSummary("Read a partner, with its version as ETag")]
    public static async Task<PartnerResponse> Get(Guid id, IQuerySession session, HttpResponse response, CancellationToken ct)
    {
        var partner = await session.LoadAsync<Partner>(id, ct) ?? throw new ResourceNotFound($"Partner {id}");
        response.WriteETag(partner.Version);
        return PartnerResponse.From(partner);
    }
}

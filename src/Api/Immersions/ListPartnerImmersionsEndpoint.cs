using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Immersions;
using ConseilsCitoyens.Domain.Partners;
using Marten;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.Immersions;

public static class ListPartnerImmersionsEndpoint
{
    [WolverineGet("/partners/{id}/immersions")]
    [Tags("Immersions")]
    [EndpointSummary("List the immersions with a partner by date, with their total hours")]
    public static async Task<PartnerImmersionsResponse> Get(Guid id, IQuerySession session, CancellationToken ct)
    {
        _ = await session.LoadAsync<Partner>(id, ct) ?? throw new ResourceNotFound($"Partner {id}");
        var immersions = await session.Query<Immersion>().Where(i => i.PartnerId == id).ToListAsync(ct);

        // LINQ cannot order on NodaTime members; a partner sees a few immersions a year.
        var ordered = immersions.OrderBy(i => i.On).ThenBy(i => i.Id).ToArray();
        return new PartnerImmersionsResponse(id, ordered.Sum(i => i.DurationHours), ordered.Select(ImmersionResponse.From).ToArray());
    }
}

using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Quartiers;
using Marten;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.Quartiers;

public static class ListQuartiersEndpoint
{
    [WolverineGet("/quartiers")]
    [Tags("Quartiers")]
    [EndpointSummary("List the quartiers of both maps, paged by code: ?generation=qpv2024, ?arrondissement=75118")]
    public static async Task<Page<QuartierResponse>> Get(string? generation, string? arrondissement, string? after, string? limit,
        IQuerySession session, CancellationToken ct)
    {
        var quartiers = (IEnumerable<Quartier>)await session.Query<Quartier>().ToListAsync(ct);
        if (!string.IsNullOrWhiteSpace(generation))
            quartiers = quartiers.Where(q => q.Generation == ImportQuartiersEndpoint.ParseGeneration(generation));
        if (!string.IsNullOrWhiteSpace(arrondissement))
            quartiers = quartiers.Where(q => q.ArrondissementCode == arrondissement.Trim());
        return Paging.Of(quartiers, q => q.Code, after, limit, QuartierResponse.From);
    }
}

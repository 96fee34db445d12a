using ConseilsCitoyens.Domain.Partners;
using Marten;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.Partners;

public static class ListPartnersEndpoint
{
    [WolverineGet("/partners")]
    [Tags("Partners")]
    [EndpointSummary("List the partners by name, closed ones included; ?arrondissement=75118 keeps those of one arrondissement")]
    public static async Task<PartnersResponse> Get(string? arrondissement, IQuerySession session, CancellationToken ct)
    {
        // The programme works with a few hundred partners at most: filtering in memory is enough.
        var partners = await session.Query<Partner>().ToListAsync(ct);
        var code = string.IsNullOrWhiteSpace(arrondissement) ? null : arrondissement.Trim();
        return new PartnersResponse(code, partners
            .Where(p => code is null || p.ArrondissementCode == code)
            .OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase).ThenBy(p => p.Id)
            .Select(PartnerResponse.From).ToArray());
    }
}

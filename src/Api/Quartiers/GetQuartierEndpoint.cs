using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Quartiers;
using Marten;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.Quartiers;

public sealed record QuartierResponse(string Code, string Name, string ArrondissementCode, MapGeneration Generation)
{
    public static QuartierResponse From(Quartier q) => new(q.Code, q.Name, q.ArrondissementCode, q.Generation);
}

public static class GetQuartierEndpoint
{
    [WolverineGet("/quartiers/{code}")]
    [Tags("Quartiers")]
    [EndpointSummary("Read a registered quartier by its code")]
    public static async Task<QuartierResponse> Get(string code, IQuerySession session, CancellationToken ct)
    {
        var quartier = await session.LoadAsync<Quartier>(Quartier.StreamIdFor(code), ct)
                       ?? throw new ResourceNotFound($"Quartier {code}");
        return QuartierResponse.From(quartier);
    }
}

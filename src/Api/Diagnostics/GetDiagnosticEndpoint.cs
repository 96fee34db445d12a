using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Diagnostics;
using ConseilsCitoyens.Domain.Quartiers;
using Marten;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.Diagnostics;

public static class GetDiagnosticEndpoint
{
    [WolverineGet("/quartiers/{code}/diagnostic")]
    [Tags("Territory diagnostics")]
    [EndpointSummary("Read the quartier's territory diagnostic: the current version and the list of all versions, ETag")]
    public static async Task<DiagnosticResponse> Get(string code, IQuerySession session, HttpResponse response, CancellationToken ct)
    {
        var diagnostic = await session.LoadDiagnostic(code, ct);
        response.WriteETag(diagnostic.Version);
        return DiagnosticResponse.From(diagnostic);
    }

    /// <summary>The quartier's diagnostic, or 404 when the quartier is unknown or has none yet.</summary>
    internal static async Task<TerritoryDiagnostic> LoadDiagnostic(this IQuerySession session, string code, CancellationToken ct)
    {
        _ = await session.LoadAsync<Quartier>(Quartier.StreamIdFor(code), ct) ?? throw new ResourceNotFound($"Quartier {code}");
        return await session.LoadAsync<TerritoryDiagnostic>(TerritoryDiagnostic.StreamIdFor(code), ct)
               ?? throw new ResourceNotFound($"The diagnostic of quartier {code}");
    }
}

using ConseilsCitoyens.Api.Infrastructure;
using Marten;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.Diagnostics;

public static class GetDiagnosticVersionEndpoint
{
    [WolverineGet("/quartiers/{code}/diagnostic/versions/{number}")]
    [Tags("Territory diagnostics")]
    [EndpointSummary("Read one published version of the quartier's territory diagnostic, current or replaced")]
    public static async Task<DiagnosticVersionResponse> Get(string code, int number, IQuerySession session, CancellationToken ct)
    {
        var diagnostic = await session.LoadDiagnostic(code, ct);
        var version = diagnostic.Versions.FirstOrDefault(v => v.Number == number)
                      ?? throw new ResourceNotFound($"Version {number} of the diagnostic of quartier {code}");
        return DiagnosticVersionResponse.From(diagnostic.QuartierCode, version);
    }
}

using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.Audit;

public sealed record SealingResponse(int Sealed);

public static class AuditEndpoints
{
    [WolverineGet("/audit/verification")]
    [Tags("Audit")]
    [EndpointSummary("Walk the log's hash chains and name the first broken link")]
    public static Task<AuditVerification> Verify(AuditVerifier verifier, CancellationToken ct) => verifier.VerifyAsync(ct);

    [WolverinePost("/audit/seals")]
    [Tags("Audit")]
    [EndpointSummary("Seal the committed events not sealed yet (the background sealer does it every few seconds)")]
    public static async Task<SealingResponse> Seal(AuditSealer sealer, CancellationToken ct) => new(await sealer.SealAsync(ct));
}

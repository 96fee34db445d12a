using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Audit;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.Audit;

public sealed record SealingResponse(int Sealed);

public static class AuditEndpoints
{
    [WolverineGet("/audit/verification")]
    [Tags("Audit")]
    [EndpointSummary("Walk the log's keyed chains and name the first broken link")]
    public static async Task<AuditVerification> Verify(AuditVerifier verifier, LongReads reads, CancellationToken ct)
    {
        // One walk of the whole log at a time: each holds a connection and reads every event.
        using var place = reads.EnterVerification();
        return await verifier.VerifyAsync(ct);
    }

    [WolverinePost("/audit/seals")]
    [Tags("Audit")]
    [EndpointSummary("Seal the committed events not sealed yet (the background sealer does it every few seconds)")]
    public static async Task<SealingResponse> Seal(AuditSealer sealer, CancellationToken ct) => new((await sealer.SealAsync(ct)).Events);

    [WolverineGet("/audit/anchor")]
    [Tags("Audit")]
    [EndpointSummary("The latest checkpoint as a signed statement (checkpoint, sequence, hash, time) to keep outside the database; audit-verify --anchor checks the log against it")]
    public static async Task<AuditAnchor> Anchor(AuditAnchors anchors, CancellationToken ct) =>
        await anchors.LatestAsync(ct) ?? throw new ResourceNotFound("A sealed checkpoint");
}

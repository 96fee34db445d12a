using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Drawings;
using Marten;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.Drawings;

public sealed record DrawingVerificationResponse(
    Guid DrawingId,
    bool Reproducible,
    string RecordedAlgorithm,
    string Algorithm,
    string Seed,
    int Candidates,
    DrawingResult Recorded,
    DrawingResult Recomputed);

public static class VerifyDrawingEndpoint
{
    [WolverineGet("/drawings/{id}/verification")]
    [Tags("Drawings")]
    [EndpointSummary("Re-run the drawing from the seed and candidates recorded in the event log and compare with the recorded result")]
    public static async Task<DrawingVerificationResponse> Get(Guid id, IQuerySession session, HttpResponse response, CancellationToken ct)
    {
        // The event log, not the projected state, is the record an auditor checks.
        var events = await session.Events.FetchStreamAsync(id, token: ct);
        var held = events.Select(e => e.Data).OfType<DrawingHeld>().FirstOrDefault() ?? throw new ResourceNotFound($"Drawing {id}");

        var check = DrawingByLot.Verify(held);
        response.WriteETag(events[^1].Version);
        return new DrawingVerificationResponse(held.DrawingId, check.Reproducible, held.Algorithm, DrawingByLot.Algorithm,
            held.Seed, held.Candidates.Count, held.Result, check.Recomputed);
    }
}

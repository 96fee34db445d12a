using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Roadmaps;
using Marten;
using NodaTime;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.Roadmaps;

public static class GetRoadmapEndpoint
{
    [WolverineGet("/roadmaps/{id}")]
    [Tags("Roadmaps")]
    [EndpointSummary("Read a roadmap as it stood on a date (?on=2018-06-30, today by default; ?asKnownAt= an instant, as the events recorded by then tell it, and its day by default, without ETag): actions with their status, counts per status")]
    public static async Task<RoadmapResponse> Get(
        Guid id, string? on, string? asKnownAt, IQuerySession session, IClock clock, HttpResponse response, CancellationToken ct)
    {
        var states = await KnownStates.Read(session, asKnownAt, clock, ct);
        var date = QueryDates.Parse(on, "on") ?? states.Today;
        var roadmap = await states.Load<Roadmap>(id, ct) ?? throw new ResourceNotFound($"Roadmap {id}");
        // A past state is not one to write against.
        if (states.AsKnownAt is null)
            response.WriteETag(roadmap.Version);
        return RoadmapResponse.From(roadmap, date);
    }
}

using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Roadmaps;
using Marten;
using NodaTime;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.Roadmaps;

public static class ListCouncilRoadmapsEndpoint
{
    [WolverineGet("/councils/{councilId}/roadmaps")]
    [Tags("Roadmaps")]
    [EndpointSummary("List the facilitators' roadmaps for a council, with their counts per status on a date (?on=, today by default; ?asKnownAt= an instant, as the events recorded by then tell it, and its day by default)")]
    public static async Task<RoadmapListResponse> Get(Guid councilId, string? on, string? asKnownAt, IQuerySession session, IClock clock, CancellationToken ct)
    {
        var states = await KnownStates.Read(session, asKnownAt, clock, ct);
        var date = QueryDates.Parse(on, "on") ?? states.Today;
        await states.LoadCouncil(councilId, ct);
        var roadmaps = await states.Query<Roadmap>(ct, r => r.CouncilId == councilId);
        return RoadmapListResponse.From(roadmaps, date);
    }
}

using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Roadmaps;
using ConseilsCitoyens.Domain.Team;
using Marten;
using NodaTime;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.Roadmaps;

public static class ListFacilitatorRoadmapsEndpoint
{
    [WolverineGet("/team/{teamMemberId}/roadmaps")]
    [Tags("Roadmaps")]
    [EndpointSummary("List a facilitator's roadmaps, one per council, with their counts per status on a date (?on=, today by default; ?asKnownAt= an instant, as the events recorded by then tell it, and its day by default)")]
    public static async Task<RoadmapListResponse> Get(Guid teamMemberId, string? on, string? asKnownAt, IQuerySession session, IClock clock, CancellationToken ct)
    {
        var states = await KnownStates.Read(session, asKnownAt, clock, ct);
        var date = QueryDates.Parse(on, "on") ?? states.Today;
        _ = await states.Load<TeamMember>(teamMemberId, ct) ?? throw new ResourceNotFound($"Team member {teamMemberId}");
        var roadmaps = await states.Query<Roadmap>(ct, r => r.FacilitatorId == teamMemberId);
        return RoadmapListResponse.From(roadmaps, date);
    }
}

using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Common;
using ConseilsCitoyens.Domain.Roadmaps;
using Marten;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.Roadmaps;

public static class ListFacilitatorRoadmapsEndpoint
{
    [WolverineGet("/team/{facilitatorId}/roadmaps")]
    [Tags("Roadmaps")]
    [EndpointSummary("List a facilitator's roadmaps, one per council, with their counts per status on a date (?on=, today by default)")]
    public static async Task<RoadmapListResponse> Get(Guid facilitatorId, string? on, IQuerySession session, IClock clock, CancellationToken ct)
    {
        var date = QueryDates.Parse(on, "on") ?? ProgrammeCalendar.Today(clock.GetCurrentInstant());
        await session.LoadFacilitator(facilitatorId, ct);
        var roadmaps = await session.Query<Roadmap>().Where(r => r.FacilitatorId == facilitatorId).ToListAsync(ct);
        return RoadmapListResponse.From(roadmaps, date);
    }
}

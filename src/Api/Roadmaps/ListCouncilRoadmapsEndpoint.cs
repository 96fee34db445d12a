using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Common;
using ConseilsCitoyens.Domain.Roadmaps;
using Marten;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.Roadmaps;

public static class ListCouncilRoadmapsEndpoint
{
    [WolverineGet("/councils/{councilId}/roadmaps")]
    [Tags("Roadmaps")]
    [EndpointSummary("List the facilitators' roadmaps for a council, with their counts per status on a date (?on=, today by default)")]
    public static async Task<RoadmapListResponse> Get(Guid councilId, string? on, IQuerySession session, IClock clock, CancellationToken ct)
    {
        var date = QueryDates.Parse(on, "on") ?? ProgrammeCalendar.Today(clock.GetCurrentInstant());
        await session.LoadCouncil(councilId, ct);
        var roadmaps = await session.Query<Roadmap>().Where(r => r.CouncilId == councilId).ToListAsync(ct);
        return RoadmapListResponse.From(roadmaps, date);
    }
}

using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Common;
using ConseilsCitoyens.Domain.Roadmaps;
using Marten;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.Roadmaps;

public static class GetRoadmapEndpoint
{
    [WolverineGet("/roadmaps/{id}")]
    [Tags("Roadmaps")]
    [EndpointSummary("Read a roadmap as it stood on a date (?on=2018-06-30, today by default): actions with their status, counts per status")]
    public static async Task<RoadmapResponse> Get(
        Guid id, string? on, IQuerySession session, IClock clock, HttpResponse response, CancellationToken ct)
    {
        var date = QueryDates.Parse(on, "on") ?? ProgrammeCalendar.Today(clock.GetCurrentInstant());
        var roadmap = await session.LoadAsync<Roadmap>(id, ct) ?? throw new ResourceNotFound($"Roadmap {id}");
        response.WriteETag(roadmap.Version);
        return RoadmapResponse.From(roadmap, date);
    }
}

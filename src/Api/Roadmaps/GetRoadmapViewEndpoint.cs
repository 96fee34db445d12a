using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Roadmaps;
using Marten;
using NodaTime;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.Roadmaps;

public static class GetRoadmapViewEndpoint
{
    [WolverineGet("/roadmaps/summary")]
    [Tags("Roadmaps")]
    [EndpointSummary("The roadmap view as of a date (?asOf=, by default the day of ?asKnownAt=, an instant before which only the events recorded count, else today) for a facilitator (?facilitatorId=), a council (?councilId=) or the programme: actions planned, in progress, done, dropped and overdue, each with the diagnostic priority it answers")]
    public static async Task<RoadmapViewResult> Get(string? facilitatorId, string? councilId, string? asOf, string? asKnownAt, IQuerySession session, IClock clock,
        CancellationToken ct) =>
        await (await KnownStates.Read(session, asKnownAt, clock, ct)).RoadmapView(facilitatorId, councilId, asOf, ct);
}

using ConseilsCitoyens.Projections.Audit;
using Marten;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.Audit;

/// <summary>The log by event type, as the asynchronous projection has counted it so far (see conseils_projection_lag).</summary>
public sealed record EventCounts(long Total, IReadOnlyList<EventTypeCount> Types);

public static class EventCountsEndpoint
{
    [WolverineGet("/audit/event-counts")]
    [Tags("Audit")]
    [EndpointSummary("How many events of each type the log holds (asynchronous: may trail the latest writes by a moment)")]
    public static async Task<EventCounts> Get(IQuerySession session, CancellationToken ct)
    {
        var types = await session.Query<EventTypeCount>().ToListAsync(ct);
        return new EventCounts(types.Sum(t => t.Count), types.OrderBy(t => t.Id, StringComparer.Ordinal).ToArray());
    }
}

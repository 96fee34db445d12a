using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Activity;
using Marten;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.Activity;

public static class GetActivityEndpoint
{
    [WolverineGet("/team/{teamMemberId}/activity")]
    [Tags("Activity")]
    [EndpointSummary("Read a facilitator's activity between two dates (?from=2018-01-01&to=2018-12-31, both optional): entries, hours per activity kind, residents reached")]
    public static async Task<ActivityLogResponse> Get(
        Guid teamMemberId, string? from, string? to, IQuerySession session, HttpResponse response, CancellationToken ct)
    {
        var first = QueryDates.Parse(from, "from");
        var last = QueryDates.Parse(to, "to");
        if (first > last)
            throw new MalformedRequest("to", $"The range ends ({last:yyyy-MM-dd}) before it starts ({first:yyyy-MM-dd}).");

        var log = await session.LoadAsync<ActivityLog>(ActivityLog.StreamIdFor(teamMemberId), ct)
            ?? throw new ResourceNotFound($"Activity log of facilitator {teamMemberId}");
        response.WriteETag(log.Version);
        return ActivityLogResponse.Of(log, first, last);
    }
}

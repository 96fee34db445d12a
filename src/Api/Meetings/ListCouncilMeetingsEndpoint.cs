using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Meetings;
using Marten;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.Meetings;

public static class ListCouncilMeetingsEndpoint
{
    [WolverineGet("/councils/{councilId}/meetings")]
    [Tags("Meetings")]
    [EndpointSummary("List a council's meetings by date (held date, else planned date)")]
    public static async Task<CouncilMeetingsResponse> Get(Guid councilId, IQuerySession session, CancellationToken ct)
    {
        var council = await session.LoadCouncil(councilId, ct);
        var meetings = await session.Query<Meeting>().Where(m => m.CouncilId == councilId).ToListAsync(ct);

        // LINQ cannot order on NodaTime members; a council holds a few dozen meetings a year.
        return new CouncilMeetingsResponse(councilId,
            meetings.OrderBy(m => m.Date).ThenBy(m => m.Id).Select(m => MeetingResponse.From(m, council)).ToArray());
    }
}

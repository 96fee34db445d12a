using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Meetings;
using Marten;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.Meetings;

public static class GetMeetingEndpoint
{
    [WolverineGet("/meetings/{id}")]
    [Tags("Meetings")]
    [EndpointSummary("Read a meeting: agenda, who convened and chaired it, its attendance register and rate, its version as ETag")]
    public static async Task<MeetingResponse> Get(Guid id, IQuerySession session, HttpResponse response, CancellationToken ct)
    {
        var meeting = await session.LoadAsync<Meeting>(id, ct) ?? throw new ResourceNotFound($"Meeting {id}");
        response.WriteETag(meeting.Version);
        return MeetingResponse.From(meeting, await session.LoadCouncil(meeting.CouncilId, ct));
    }
}

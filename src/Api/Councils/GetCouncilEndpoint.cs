using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Councils;
using Marten;
using NodaTime;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.Councils;

public static class GetCouncilEndpoint
{
    [WolverineGet("/councils/{id}")]
    [Tags("Councils")]
    [EndpointSummary("Read a council: its quartiers, its members per college, and its version as ETag; ?asOf=2018-06-30 for the council as it stood that day; ?asKnownAt= an instant, as the events recorded by then tell it (neither gives an ETag)")]
    public static async Task<CouncilResponse> Get(Guid id, string? asOf, string? asKnownAt, IQuerySession session, IClock clock, HttpResponse response,
        CancellationToken ct)
    {
        // Only asKnownAt needs the server's clock (a round trip on a connection of its own): the current
        // council, the one a writer reads for its ETag, is one query.
        var states = asKnownAt is null ? null : await KnownStates.Read(session, asKnownAt, clock, ct);
        // A past state is not one to write against: no ETag.
        if (QueryDates.Parse(asOf, "asOf") is { } date)
        {
            var stream = await session.Events.FetchStreamAsync(id, timestamp: states?.AsKnownAt?.ToDateTimeOffset(), token: ct);
            var past = CouncilAsOf.Fold(stream.Select(e => (e.Data, e.Version)), date)
                ?? throw new ResourceNotFound($"Council {id} as of {date:yyyy-MM-dd}");
            return CouncilResponse.From(past);
        }
        if (states?.AsKnownAt is not null)
            return CouncilResponse.From(await states.LoadCouncil(id, ct));

        var council = await session.LoadAsync<Council>(id, ct) ?? throw new ResourceNotFound($"Council {id}");
        response.WriteETag(council.Version);
        return CouncilResponse.From(council);
    }
}

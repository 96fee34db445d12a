using System.Globalization;
using System.Text.Json;
using ConseilsCitoyens.Api.Infrastructure;
using Marten;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.Audit;

public static class ListAuditEventsEndpoint
{
    [WolverineGet("/audit/events")]
    [Tags("Audit")]
    [EndpointSummary("The event log, filtered (?stream=, council=, quartier=, type= (repeatable), actor=, correlation=, " +
        "recordedFrom=/recordedTo= instants [from, to), from=/to= business dates inclusive) and paged in global sequence order " +
        "(?after=<next of the previous page>&limit=100, at most 1000)")]
    public static async Task<AuditEventPage> Get(
        string? stream, string? council, string? quartier, string[]? type, string? actor, string? correlation,
        string? recordedFrom, string? recordedTo, string? from, string? to, string? after, string? limit,
        IQuerySession session, AuditEventLog log, CancellationToken ct)
    {
        var cursor = Cursor(after);
        var size = Paging.Limit(limit);
        var filter = await AuditEventFilter.Parse(stream, council, quartier, type, actor, correlation,
            recordedFrom, recordedTo, from, to, session, ct);

        var (events, next) = await log.Page(filter, cursor, size, ct);
        return new AuditEventPage(
            events.Select(e => AuditEventResponse.From(e, JsonSerializer.Deserialize<JsonElement>(e.Payload))).ToArray(), next);
    }

    internal static long Cursor(string? after) =>
        string.IsNullOrWhiteSpace(after) ? 0
        : long.TryParse(after.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var sequence) ? sequence
        : throw new MalformedRequest("after", $"'{after}' is not a cursor (the next of a previous page, a sequence number).");
}

using System.Text.Json;
using ConseilsCitoyens.Api.Infrastructure;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.Audit;

public static class ExportAuditEventsEndpoint
{
    public const string ContentType = JsonLinesResult<AuditEventResponse>.ContentType;

    [WolverineGet("/audit/events.jsonl")]
    [Tags("Audit")]
    [EndpointSummary("The event log as JSON lines, one event per line in global sequence order, with the filters of /audit/events " +
        "(and ?after= to resume), streamed from the database")]
    [ProducesResponseType<AuditEventResponse>(200, ContentType)]
    public static async Task<IResult> Get(
        string? stream, string? council, string? quartier, string[]? type, string? actor, string? correlation,
        string? recordedFrom, string? recordedTo, string? from, string? to, string? after,
        IQuerySession session, AuditEventLog log, LongReads reads, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json, CancellationToken ct)
    {
        // Every filter is checked before the first byte goes out: a bad one is still a 400 problem.
        var cursor = ListAuditEventsEndpoint.Cursor(after);
        var filter = await AuditEventFilter.Parse(stream, council, quartier, type, actor, correlation,
            recordedFrom, recordedTo, from, to, session, ct);
        return new JsonLinesResult<AuditEventResponse>(Lines(log, filter, cursor), json.Value.SerializerOptions, reads.EnterStream());
    }

    // Each payload is parsed only while its line is written: the element is cloned out of its document.
    private static async IAsyncEnumerable<AuditEventResponse> Lines(AuditEventLog log, AuditEventFilter filter, long after,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
    {
        await foreach (var row in log.Read(filter, after, limit: null, ct))
        {
            if (!filter.Admits(row.BusinessDate))
                continue;
            using var payload = JsonDocument.Parse(row.Payload);
            yield return AuditEventResponse.From(row, payload.RootElement.Clone());
        }
    }
}

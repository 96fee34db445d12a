using System.Buffers;
using System.Text.Json;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.Audit;

public static class ExportAuditEventsEndpoint
{
    public const string ContentType = "application/x-ndjson";

    [WolverineGet("/audit/events.jsonl")]
    [Tags("Audit")]
    [EndpointSummary("The event log as JSON lines, one event per line in global sequence order, with the filters of /audit/events " +
        "(and ?after= to resume), streamed from the database")]
    [ProducesResponseType<AuditEventResponse>(200, ContentType)]
    [ProducesResponseType<ProblemDetails>(400, "application/problem+json")]
    public static async Task<IResult> Get(
        string? stream, string? council, string? quartier, string[]? type, string? actor, string? correlation,
        string? recordedFrom, string? recordedTo, string? from, string? to, string? after,
        IQuerySession session, AuditEventLog log, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json, CancellationToken ct)
    {
        // Every filter is checked before the first byte goes out: a bad one is still a 400 problem.
        var cursor = ListAuditEventsEndpoint.Cursor(after);
        var filter = await AuditEventFilter.Parse(stream, council, quartier, type, actor, correlation,
            recordedFrom, recordedTo, from, to, session, ct);
        return new JsonLines(log, filter, cursor, json.Value.SerializerOptions);
    }

    private sealed class JsonLines(AuditEventLog log, AuditEventFilter filter, long after, JsonSerializerOptions options) : IResult
    {
        private const int FlushEvery = 100;

        public async Task ExecuteAsync(HttpContext context)
        {
            var ct = context.RequestAborted;
            var response = context.Response;
            response.ContentType = ContentType;
            var body = response.BodyWriter;
            await using var writer = new Utf8JsonWriter(body, new JsonWriterOptions { Encoder = options.Encoder });
            var lines = 0;
            await foreach (var row in log.Read(filter, after, limit: null, ct))
            {
                if (!filter.Admits(row.BusinessDate))
                    continue;
                using (var payload = JsonDocument.Parse(row.Payload))
                    JsonSerializer.Serialize(writer, AuditEventResponse.From(row, payload.RootElement), options);
                await writer.FlushAsync(ct);
                writer.Reset();
                body.Write("\n"u8);
                if (++lines % FlushEvery == 0)
                    await body.FlushAsync(ct);
            }
            await body.FlushAsync(ct);
        }
    }
}

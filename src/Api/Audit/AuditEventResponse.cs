using System.Text.Json;
using NodaTime;

namespace ConseilsCitoyens.Api.Audit;

/// <param name="Sequence">The event's place in the whole log (the paging cursor).</param>
/// <param name="Version">The event's place in its stream.</param>
/// <param name="BusinessDate">The date the fact happened on, for events that carry one.</param>
/// <param name="Actor">Who acted: the token's subject.</param>
/// <param name="CommandId">The Idempotency-Key of the command that appended it.</param>
public sealed record AuditEventResponse(
    long Sequence, Guid StreamId, long Version, string Type, Instant RecordedAt, LocalDate? BusinessDate,
    string? Actor, string? Role, string? OnBehalfOf, string? CorrelationId, string? CausationId, string? CommandId,
    JsonElement Payload)
{
    public static AuditEventResponse From(AuditEventRow row, JsonElement payload) => new(
        row.Sequence, row.StreamId, row.Version, row.Type, row.Recorded, row.BusinessDate,
        row.Actor, row.Role, row.OnBehalfOf, row.CorrelationId, row.CausationId, row.CommandId, payload);
}

/// <param name="Next">The cursor to pass as ?after= for the next page; null when this page is the last.</param>
public sealed record AuditEventPage(IReadOnlyList<AuditEventResponse> Events, long? Next);

using NodaTime;

namespace ConseilsCitoyens.Domain.Audit;

/// <summary>Who recorded an event, as Marten's metadata columns hold it (headers as PostgreSQL's jsonb text: role, on-behalf-of, command id).</summary>
public sealed record EventActor(string? UserName, string? CorrelationId, string? CausationId, string? Headers);

/// <summary>
/// One row of the log, every column of it: the payload as PostgreSQL's jsonb text (its canonical
/// form), the city (tenant) and the actor. A seal covers all of it.
/// </summary>
public sealed record LoggedEvent(
    long Sequence, Guid EventId, string? City, Guid? StreamId, long Version, string Type, string? DotnetType,
    Instant Timestamp, string Payload, byte[]? BinaryPayload, bool? Archived, EventActor Actor)
{
    public (string?, Guid?) Stream => (City, StreamId);
}

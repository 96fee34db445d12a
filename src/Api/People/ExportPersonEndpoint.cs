using System.Security.Claims;
using System.Text.Json;
using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Common;
using ConseilsCitoyens.Domain.Privacy;
using ConseilsCitoyens.Projections;
using ConseilsCitoyens.Projections.Maintenance;
using ConseilsCitoyens.Projections.Serialization;
using Marten;
using NodaTime;
using Npgsql;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.People;

public sealed record PersonErasure(LocalDate ErasedOn, string Reason);

public sealed record PersonEvent(long Sequence, Guid StreamId, long Version, string Type, Instant RecordedAt, JsonElement Payload);

/// <summary>Everything held about one person: their details (unless erased), the erasure, and every event that names them.</summary>
public sealed record PersonExport(Guid PersonId, PersonResponse? Details, PersonErasure? Erasure, IReadOnlyList<PersonEvent> Events);

public static class ExportPersonEndpoint
{
    [WolverineGet("/people/{personId}/export")]
    [Tags("People")]
    [EndpointSummary("The right of access: everything held about one person, details and the events that name them by their pseudonymous id")]
    public static async Task<PersonExport> Get(Guid personId, ClaimsPrincipal user, IQuerySession session, IDocumentStore store, IClock clock,
        CancellationToken ct)
    {
        // Erased details leave the erasure and the events to answer.
        var details = await GetPersonEndpoint.Find(personId, session, ct);
        var privacy = await session.LoadAsync<PersonalData>(PersonalData.StreamIdFor(personId), ct);
        var events = await EventsNaming(store, session.TenantId, personId, ct);
        if (details is null && privacy is null && events.Count == 0)
            throw new ResourceNotFound($"Person {personId}");
        await FacilitatorScope.EnsureReaches(user, session, personId, details?.CouncilId, ProgrammeCalendar.Today(clock.GetCurrentInstant()), ct);

        return new PersonExport(personId, details,
            privacy is { ErasedOn: { } on } ? new PersonErasure(on, privacy.Reason ?? "") : null, events);
    }

    /// <summary>The events of a person's own stream and those whose payload holds their id, through <see cref="EventIdsIndex"/>.</summary>
    public static readonly string EventsNamingSql =
        $"select seq_id, stream_id, version, type, timestamp, data::text, mt_dotnet_type from {EventStoreSetup.Schema}.mt_events " +
        $"where tenant_id = @city and (stream_id = @id or {EventIdsIndex.Expression} @> jsonb_build_array(@text)) order by seq_id";

    // A person appears in events only by their pseudonymous id, as a JSON string value.
    private static async Task<IReadOnlyList<PersonEvent>> EventsNaming(IDocumentStore store, string city, Guid personId, CancellationToken ct)
    {
        await using var connection = (NpgsqlConnection)store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(EventsNamingSql, connection);
        command.Parameters.AddWithValue("city", city);
        command.Parameters.AddWithValue("id", personId);
        command.Parameters.AddWithValue("text", personId.ToString("D"));
        await using var reader = await command.ExecuteReaderAsync(ct);
        var events = new List<PersonEvent>();
        while (await reader.ReadAsync(ct))
        {
            var type = reader.IsDBNull(6) ? null : RenamedEvents.ClrType(reader.GetString(6));
            using var payload = JsonDocument.Parse(StoredEnumSpelling.Upcast(reader.GetString(5), type));
            events.Add(new PersonEvent(reader.GetInt64(0), reader.GetGuid(1), reader.GetInt64(2), reader.GetString(3),
                Instant.FromDateTimeOffset(reader.GetFieldValue<DateTimeOffset>(4)), payload.RootElement.Clone()));
        }
        return events;
    }
}

using ConseilsCitoyens.Api.Infrastructure;
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text;
using ConseilsCitoyens.Domain.Common;
using ConseilsCitoyens.Projections;
using ConseilsCitoyens.Projections.Serialization;
using Marten;
using NodaTime;
using Npgsql;

namespace ConseilsCitoyens.Api.Audit;

/// <summary>One row of the log as an auditor reads it; the payload is the JSON PostgreSQL stores, enum values in the API's spelling.</summary>
public sealed record AuditEventRow(
    long Sequence, Guid StreamId, long Version, string Type, Instant Recorded, LocalDate? BusinessDate,
    string? Actor, string? Role, string? OnBehalfOf, string? CorrelationId, string? CausationId, string? CommandId,
    string Payload);

/// <summary>
/// Reads one city's event log (the filter's city) in global sequence order straight from PostgreSQL,
/// row by row: nothing is held beyond the row being read, whatever the size of the log. A view that
/// may lag: on a streaming standby when the connection string names one.
/// </summary>
public sealed class AuditEventLog(IDocumentStore store, LongReads reads)
{
    private const string Schema = EventStoreSetup.Schema;
    private readonly ConcurrentDictionary<string, Type?> _types = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Type?> _allTypes = new(StringComparer.Ordinal);

    /// <param name="after">Only events after this global sequence (the cursor).</param>
    /// <param name="limit">At most this many rows read from the database; null for all.</param>
    public async IAsyncEnumerable<AuditEventRow> Read(AuditEventFilter filter, long after, int? limit,
        [EnumeratorCancellation] CancellationToken ct)
    {
        await using var connection = await reads.OpenAsync(store, ct, mayLag: true);
        await using var command = new NpgsqlCommand { Connection = connection };
        command.Parameters.AddWithValue("after", after);
        var where = filter.Where(command);
        if (limit is { } rows)
            command.Parameters.AddWithValue("limit", rows);
        command.CommandText = $"""
            select e.seq_id, e.stream_id, e.version, e.type, e.timestamp, e.user_name, e.headers->>'role',
                   e.headers->>'onBehalfOf', e.correlation_id, e.causation_id, e.headers->>'commandId',
                   e.mt_dotnet_type, e.data::text
            from {Schema}.mt_events e
            where e.seq_id > @after and {where}
            order by e.seq_id
            {(limit is null ? "" : "limit @limit")}
            """;

        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var dotnetType = reader.IsDBNull(11) ? null : reader.GetString(11);
            var payload = StoredEnumSpelling.Upcast(reader.GetString(12), TypeOf(dotnetType));
            yield return new AuditEventRow(
                reader.GetInt64(0),
                reader.GetGuid(1),
                reader.GetInt64(2),
                reader.GetString(3),
                Instant.FromDateTimeOffset(reader.GetFieldValue<DateTimeOffset>(4)),
                BusinessDateOf(dotnetType, payload),
                Optional(reader, 5), Optional(reader, 6), Optional(reader, 7), Optional(reader, 8), Optional(reader, 9),
                Optional(reader, 10),
                payload);
        }
    }

    /// <summary>
    /// One page: the first <paramref name="limit"/> events after the cursor that pass the filter, and
    /// the cursor of the next page (null at the end). Business dates are filtered here, in memory,
    /// because each event names its date differently: the database is read in batches until the page is full.
    /// </summary>
    public async Task<(IReadOnlyList<AuditEventRow> Events, long? Next)> Page(AuditEventFilter filter, long after, int limit, CancellationToken ct)
    {
        var batch = filter.FiltersBusinessDates ? Math.Max(limit + 1, 1_000) : limit + 1;
        var page = new List<AuditEventRow>(limit + 1);
        var cursor = after;
        while (true)
        {
            var read = 0;
            await foreach (var row in Read(filter, cursor, batch, ct))
            {
                read++;
                cursor = row.Sequence;
                if (!filter.Admits(row.BusinessDate))
                    continue;
                page.Add(row);
                // One more than asked says whether another page follows.
                if (page.Count > limit)
                    return (page.GetRange(0, limit), page[limit - 1].Sequence);
            }
            if (read < batch)
                return (page, null);
        }
    }

    private Type? TypeOf(string? dotnetType) =>
        dotnetType is null ? null : _allTypes.GetOrAdd(dotnetType, RenamedEvents.ClrType);

    private LocalDate? BusinessDateOf(string? dotnetType, string payload)
    {
        if (dotnetType is null || _types.GetOrAdd(dotnetType, ResolveDated) is not { } type)
            return null;
        using var json = new MemoryStream(Encoding.UTF8.GetBytes(payload));
        return store.Options.Serializer().FromJson(type, json) is IBusinessDated dated ? dated.BusinessDate : null;
    }

    // Only the event types that expose a business date are worth deserialising.
    private static Type? ResolveDated(string dotnetType) =>
        RenamedEvents.ClrType(dotnetType) is { } type && typeof(IBusinessDated).IsAssignableFrom(type) ? type : null;

    private static string? Optional(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}

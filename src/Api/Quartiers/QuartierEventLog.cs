using ConseilsCitoyens.Api.Infrastructure;
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text;
using ConseilsCitoyens.Projections;
using ConseilsCitoyens.Projections.Serialization;
using Marten;
using NodaTime;
using Npgsql;

namespace ConseilsCitoyens.Api.Quartiers;

public sealed record QuartierEvent(long Sequence, Guid StreamId, long Version, string Type, Instant Recorded, object? Data);

/// <summary>
/// The events of a quartier in global sequence order: its own stream and its territory diagnostic's,
/// its councils' streams and every stream with an event naming one of those councils (meetings,
/// proposals, roadmaps…), in the quartier's city (only those recorded by an instant, when given: then
/// on the primary, else on a streaming standby when there is one). Read page by page, so memory does
/// not grow with the log.
/// </summary>
internal sealed class QuartierEventLog(IDocumentStore store, LongReads reads, string city, Instant? recordedBy = null)
{
    private const int PageSize = 500;
    private static readonly ConcurrentDictionary<string, Type?> Types = new(StringComparer.Ordinal);

    /// <param name="quartierStreams">The quartier's own streams: reference data and territory diagnostic.</param>
    /// <param name="after">Only the events after this global sequence.</param>
    public async IAsyncEnumerable<QuartierEvent> Read(Guid[] quartierStreams, IReadOnlyList<Guid> councils, long after,
        [EnumeratorCancellation] CancellationToken ct)
    {
        await using var connection = await reads.OpenAsync(store, ct, mayLag: recordedBy is null);
        var streams = await Streams(connection, quartierStreams, councils, ct);
        while (true)
        {
            var page = new List<QuartierEvent>(PageSize);
            await using (var command = new NpgsqlCommand($"""
                select seq_id, stream_id, version, type, timestamp, mt_dotnet_type, data::text
                from {EventStoreSetup.Schema}.mt_events
                where tenant_id = @city and stream_id = any(@streams) and seq_id > @after{(recordedBy is null ? "" : " and timestamp <= @recordedBy")}
                order by seq_id limit {PageSize}
                """, connection))
            {
                command.Parameters.AddWithValue("city", city);
                if (recordedBy is { } by)
                    command.Parameters.AddWithValue("recordedBy", by.ToDateTimeOffset());
                command.Parameters.AddWithValue("streams", streams);
                command.Parameters.AddWithValue("after", after);
                await using var reader = await command.ExecuteReaderAsync(ct);
                while (await reader.ReadAsync(ct))
                    page.Add(new QuartierEvent(reader.GetInt64(0), reader.GetGuid(1), reader.GetInt64(2), reader.GetString(3),
                        Instant.FromDateTimeOffset(reader.GetFieldValue<DateTimeOffset>(4)),
                        Deserialize(reader.IsDBNull(5) ? null : reader.GetString(5), reader.GetString(6))));
            }
            foreach (var e in page)
                yield return e;
            if (page.Count < PageSize)
                yield break;
            after = page[^1].Sequence;
        }
    }

    /// <summary>Is the event at that sequence the one recorded then (not rewritten, not wiped and replaced)?</summary>
    public async Task<bool> Holds(long sequence, Instant recorded, CancellationToken ct)
    {
        await using var connection = await reads.OpenAsync(store, ct, mayLag: recordedBy is null);
        await using var command = new NpgsqlCommand(
            $"select timestamp from {EventStoreSetup.Schema}.mt_events where seq_id = @sequence and tenant_id = @city", connection);
        command.Parameters.AddWithValue("sequence", sequence);
        command.Parameters.AddWithValue("city", city);
        return await command.ExecuteScalarAsync(ct) is DateTime at && Instant.FromDateTimeUtc(DateTime.SpecifyKind(at, DateTimeKind.Utc)) == recorded;
    }

    private async Task<Guid[]> Streams(NpgsqlConnection connection, Guid[] quartierStreams, IReadOnlyList<Guid> councils, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand($"""
            select unnest(@quartier) union select unnest(@councils)
            union select distinct stream_id from {EventStoreSetup.Schema}.mt_events where tenant_id = @city and data->>'councilId' = any(@councilTexts)
            """, connection);
        command.Parameters.AddWithValue("city", city);
        command.Parameters.AddWithValue("quartier", quartierStreams);
        command.Parameters.AddWithValue("councils", councils.ToArray());
        command.Parameters.AddWithValue("councilTexts", councils.Select(c => c.ToString("D")).ToArray());
        var streams = new List<Guid>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            streams.Add(reader.GetGuid(0));
        return streams.ToArray();
    }

    private object? Deserialize(string? dotnetType, string payload)
    {
        if (dotnetType is null || Types.GetOrAdd(dotnetType, RenamedEvents.ClrType) is not { } type)
            return null;
        using var json = new MemoryStream(Encoding.UTF8.GetBytes(payload));
        return store.Options.Serializer().FromJson(type, json);
    }
}

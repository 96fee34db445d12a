using ConseilsCitoyens.Domain.Audit;
using ConseilsCitoyens.Projections;
using ConseilsCitoyens.Projections.Audit;
using Marten;
using Npgsql;

namespace ConseilsCitoyens.Api.Audit;

public sealed record BrokenLink(long Sequence, Guid StreamId, long Version, string? Type, string Reason);

/// <param name="Pending">Events committed but not sealed yet (the sealer follows the log).</param>
public sealed record AuditVerification(bool Intact, long EventsChecked, long Pending, long CheckpointsChecked, BrokenLink? FirstBrokenLink);

/// <summary>
/// Walks the whole log (every city) and its seals in sequence order, recomputing each stream's chain
/// (a stream is a city and an id) and the chain of checkpoints, and names the first broken link.
/// Reads stream: memory holds one head per stream.
/// </summary>
public sealed class AuditVerifier(IDocumentStore store)
{
    private const string Schema = EventStoreSetup.Schema;

    public async Task<AuditVerification> VerifyAsync(CancellationToken ct)
    {
        await using var connection = (NpgsqlConnection)store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, ct);

        var heads = new Dictionary<(string, Guid), byte[]>();
        long checkedEvents = 0, pending = 0;
        await using (var reader = await AuditSealer.Command(connection, $"""
            select e.seq_id, e.stream_id, e.version, e.type, e.timestamp, e.data::text, e.tenant_id, s.seq_id, s.stream_id, s.version, s.hash
            from {Schema}.mt_events e full outer join {Schema}.{AuditTables.Seals} s on s.seq_id = e.seq_id
            order by coalesce(e.seq_id, s.seq_id)
            """).ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                if (reader.IsDBNull(0))
                    return Broken(checkedEvents, pending, new BrokenLink(reader.GetInt64(7), reader.GetGuid(8), reader.GetInt64(9), null,
                        "A sealed event is missing from the log."));
                var logged = AuditRows.Event(reader, 0);
                if (reader.IsDBNull(7))
                {
                    pending++;
                    continue;
                }
                var expected = SealChain.Seal(heads.GetValueOrDefault((logged.City, logged.StreamId)), logged);
                var stored = reader.GetFieldValue<byte[]>(10);
                if (!expected.AsSpan().SequenceEqual(stored))
                    return Broken(checkedEvents, pending, new BrokenLink(logged.Sequence, logged.StreamId, logged.Version, logged.Type,
                        "The event differs from what was sealed (its content, type, stream, version or time changed, or an earlier event of its stream did)."));
                heads[(logged.City, logged.StreamId)] = stored;
                checkedEvents++;
            }
        }

        var checkpoints = await VerifyCheckpoints(connection, ct);
        return checkpoints.Broken is { } link
            ? Broken(checkedEvents, pending, link)
            : new AuditVerification(true, checkedEvents, pending, checkpoints.Count, null);
    }

    private static async Task<(long Count, BrokenLink? Broken)> VerifyCheckpoints(NpgsqlConnection connection, CancellationToken ct)
    {
        await using var reader = await AuditSealer.Command(connection, $"""
            select c.checkpoint_id, c.up_to_seq, c.hash, s.hash, s.seq_id, s.stream_id, s.version
            from {Schema}.{AuditTables.Checkpoints} c left join {Schema}.{AuditTables.Seals} s on s.checkpoint_id = c.checkpoint_id
            order by c.checkpoint_id, s.seq_id
            """).ExecuteReaderAsync(ct);
        byte[]? previous = null;
        long count = 0, current = -1, upTo = 0;
        byte[] stored = [];
        var seals = new List<byte[]>();
        (long Seq, Guid Stream, long Version) last = default;

        BrokenLink? Close() =>
            current < 0 || SealChain.Checkpoint(previous, upTo, seals).AsSpan().SequenceEqual(stored)
                ? null
                : new BrokenLink(last.Seq, last.Stream, last.Version, null, $"Checkpoint {current} does not match its seals.");

        while (await reader.ReadAsync(ct))
        {
            var id = reader.GetInt64(0);
            if (id != current)
            {
                if (Close() is { } broken)
                    return (count, broken);
                if (current >= 0)
                    previous = stored;
                (current, upTo, stored) = (id, reader.GetInt64(1), reader.GetFieldValue<byte[]>(2));
                seals.Clear();
                count++;
            }
            if (!reader.IsDBNull(3))
            {
                seals.Add(reader.GetFieldValue<byte[]>(3));
                last = (reader.GetInt64(4), reader.GetGuid(5), reader.GetInt64(6));
            }
        }
        return (count, Close());
    }

    private static AuditVerification Broken(long checkedEvents, long pending, BrokenLink link) =>
        new(false, checkedEvents, pending, 0, link);
}

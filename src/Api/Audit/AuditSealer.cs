using ConseilsCitoyens.Domain.Audit;
using ConseilsCitoyens.Projections;
using ConseilsCitoyens.Projections.Audit;
using Marten;
using Npgsql;
using NpgsqlTypes;

namespace ConseilsCitoyens.Api.Audit;

/// <summary>
/// Seals the committed events that are not sealed yet, like an asynchronous projection that
/// follows the log: appends never wait for it, and one sealer runs at a time across all nodes
/// (a transaction-scoped advisory lock).
/// </summary>
public sealed class AuditSealer(IDocumentStore store)
{
    private const long LockKey = 0x436f6e7365696c73;
    private const int BatchSize = 5_000;
    private const string Schema = EventStoreSetup.Schema;

    /// <returns>How many events were sealed.</returns>
    public async Task<int> SealAsync(CancellationToken ct)
    {
        var total = 0;
        int sealedNow;
        do
        {
            sealedNow = await SealBatchAsync(ct);
            total += sealedNow;
        } while (sealedNow == BatchSize);
        return total;
    }

    private async Task<int> SealBatchAsync(CancellationToken ct)
    {
        await using var connection = (NpgsqlConnection)store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        if (!(bool)(await Command(connection, "select pg_try_advisory_xact_lock(@key)", ("key", LockKey)).ExecuteScalarAsync(ct))!)
            return 0;

        var events = new List<LoggedEvent>();
        await using (var reader = await Command(connection, $"""
            select e.seq_id, e.stream_id, e.version, e.type, e.timestamp, e.data::text, e.tenant_id
            from {Schema}.mt_events e left join {Schema}.{AuditTables.Seals} s on s.seq_id = e.seq_id
            where s.seq_id is null order by e.seq_id limit {BatchSize}
            """).ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
                events.Add(AuditRows.Event(reader, 0));
        }
        if (events.Count == 0)
            return 0;

        var heads = new Dictionary<(string, Guid), byte[]?>();
        var seals = new List<byte[]>(events.Count);
        foreach (var e in events)
        {
            if (!heads.TryGetValue((e.City, e.StreamId), out var previous))
                previous = await LastSealOf(connection, e.City, e.StreamId, ct);
            var seal = SealChain.Seal(previous, e);
            heads[(e.City, e.StreamId)] = seal;
            seals.Add(seal);
        }

        var lastCheckpoint = await Command(connection,
            $"select checkpoint_id, hash from {Schema}.{AuditTables.Checkpoints} order by checkpoint_id desc limit 1").ExecuteReaderAsync(ct);
        var (checkpointId, previousCheckpoint) = await lastCheckpoint.ReadAsync(ct)
            ? (lastCheckpoint.GetInt64(0) + 1, (byte[]?)lastCheckpoint.GetFieldValue<byte[]>(1))
            : (1L, null);
        await lastCheckpoint.DisposeAsync();

        await using (var importer = await connection.BeginBinaryImportAsync(
            $"copy {Schema}.{AuditTables.Seals} (seq_id, tenant_id, stream_id, version, hash, checkpoint_id) from stdin (format binary)", ct))
        {
            for (var i = 0; i < events.Count; i++)
            {
                await importer.StartRowAsync(ct);
                await importer.WriteAsync(events[i].Sequence, NpgsqlDbType.Bigint, ct);
                await importer.WriteAsync(events[i].City, NpgsqlDbType.Varchar, ct);
                await importer.WriteAsync(events[i].StreamId, NpgsqlDbType.Uuid, ct);
                await importer.WriteAsync(events[i].Version, NpgsqlDbType.Bigint, ct);
                await importer.WriteAsync(seals[i], NpgsqlDbType.Bytea, ct);
                await importer.WriteAsync(checkpointId, NpgsqlDbType.Bigint, ct);
            }
            await importer.CompleteAsync(ct);
        }

        var upTo = events[^1].Sequence;
        await Command(connection, $"insert into {Schema}.{AuditTables.Checkpoints} (checkpoint_id, up_to_seq, hash) values (@id, @upTo, @hash)",
                ("id", checkpointId), ("upTo", upTo), ("hash", SealChain.Checkpoint(previousCheckpoint, upTo, seals)))
            .ExecuteNonQueryAsync(ct);
        await transaction.CommitAsync(ct);
        return events.Count;
    }

    private static async Task<byte[]?> LastSealOf(NpgsqlConnection connection, string city, Guid streamId, CancellationToken ct) =>
        await Command(connection,
            $"select hash from {Schema}.{AuditTables.Seals} where tenant_id = @city and stream_id = @stream order by version desc limit 1",
            ("city", city), ("stream", streamId)).ExecuteScalarAsync(ct) as byte[];

    internal static NpgsqlCommand Command(NpgsqlConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value);
        return command;
    }
}

internal static class AuditRows
{
    public static LoggedEvent Event(NpgsqlDataReader reader, int first) => new(
        reader.GetInt64(first),
        reader.GetGuid(first + 1),
        reader.GetInt64(first + 2),
        reader.GetString(first + 3),
        reader.GetFieldValue<DateTimeOffset>(first + 4),
        reader.GetString(first + 5),
        reader.GetString(first + 6));
}

using ConseilsCitoyens.Domain.Audit;
using Marten;
using Npgsql;
using NpgsqlTypes;

namespace ConseilsCitoyens.Api.Audit;

/// <param name="Last">The last checkpoint written, when any was.</param>
public sealed record SealingPass(int Events, Checkpoint? Last);

/// <summary>
/// Seals the committed events that are not sealed yet, like an asynchronous projection that
/// follows the log: appends never wait for it, and one sealer runs at a time across all nodes
/// (a transaction-scoped advisory lock). It seals only above the last checkpoint and up to the
/// <see cref="SealingHorizon"/>, so what appears below a checkpoint afterwards stays unsealed: a broken link.
/// </summary>
public sealed class AuditSealer(IDocumentStore store, SealKey key)
{
    private const long LockKey = 0x436f6e7365696c73;
    private const int BatchSize = 5_000;

    private readonly SealingHorizon horizons = new();

    public async Task<SealingPass> SealAsync(CancellationToken ct)
    {
        Horizon? horizon;
        await using (var connection = await Open(ct))
            horizon = await horizons.FindAsync(connection, ct);
        var pass = new SealingPass(0, null);
        while (horizon is not null && await SealBatchAsync(horizon, ct) is { } batch)
        {
            pass = new SealingPass(pass.Events + batch.Seals.Count, batch.Checkpoint);
            if (batch.Seals.Count < BatchSize)
                break;
        }
        return pass;
    }

    private async Task<SealedBatch?> SealBatchAsync(Horizon found, CancellationToken ct)
    {
        await using var connection = await Open(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        if (!(bool)(await AuditSql.Command(connection, "select pg_try_advisory_xact_lock(@key)", ("key", LockKey)).ExecuteScalarAsync(ct))!)
            return null;

        var previous = await AuditSql.LatestCheckpoint(connection, ct);
        // Another node may have sealed from a later horizon meanwhile: it holds for this batch too.
        var horizon = previous is null ? found : found.Join(previous.Horizon);
        var events = await Unsealed(connection, previous?.UpTo ?? 0, horizon.Sequence, ct);
        if (events.Count == 0)
            return null;

        var sealedAt = await AuditSql.ServerClock(connection, ct);
        var upTo = events.Count == BatchSize ? events[^1].Sequence : horizon.Sequence;
        var batch = SealedBatch.Of(key, previous, events, await LastSeals(connection, events, ct), upTo, horizon, sealedAt);
        await Write(connection, events, batch, ct);
        await transaction.CommitAsync(ct);
        return batch;
    }

    private static async Task<List<LoggedEvent>> Unsealed(NpgsqlConnection connection, long mark, long horizon, CancellationToken ct)
    {
        var events = new List<LoggedEvent>();
        await using var reader = await AuditSql.Command(connection, $"""
            select {AuditSql.EventColumns} from {AuditSql.Events} e
             where e.seq_id > @mark and e.seq_id <= @horizon
               and not exists (select from {AuditSql.Seals} s where s.seq_id = e.seq_id)
             order by e.seq_id limit {BatchSize}
            """, ("mark", mark), ("horizon", horizon)).ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            events.Add(AuditSql.Event(reader, 0));
        return events;
    }

    private static async Task<Dictionary<(string?, Guid?), byte[]>> LastSeals(NpgsqlConnection connection, List<LoggedEvent> events, CancellationToken ct)
    {
        var streams = events.Select(e => e.Stream).Distinct().ToArray();
        var seals = new Dictionary<(string?, Guid?), byte[]>();
        await using var reader = await AuditSql.Command(connection, $"""
            select t.city, t.stream, last.hash
              from unnest(@cities::varchar[], @streams::uuid[]) as t(city, stream)
              cross join lateral (select s.hash from {AuditSql.Seals} s where s.tenant_id = t.city and s.stream_id = t.stream
                                   order by s.version desc limit 1) last
            """, ("cities", streams.Select(s => s.Item1).ToArray()),
            ("streams", streams.Select(s => s.Item2).ToArray())).ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            seals[(reader.GetString(0), reader.GetGuid(1))] = reader.GetFieldValue<byte[]>(2);
        return seals;
    }

    private static async Task Write(NpgsqlConnection connection, List<LoggedEvent> events, SealedBatch batch, CancellationToken ct)
    {
        var checkpoint = batch.Checkpoint;
        await using (var importer = await connection.BeginBinaryImportAsync(
            $"copy {AuditSql.Seals} (seq_id, tenant_id, stream_id, version, hash, checkpoint_id) from stdin (format binary)", ct))
        {
            for (var i = 0; i < events.Count; i++)
            {
                await importer.StartRowAsync(ct);
                await importer.WriteAsync(events[i].Sequence, NpgsqlDbType.Bigint, ct);
                await importer.WriteAsync(events[i].City ?? "", NpgsqlDbType.Varchar, ct);
                await importer.WriteAsync(events[i].StreamId ?? Guid.Empty, NpgsqlDbType.Uuid, ct);
                await importer.WriteAsync(events[i].Version, NpgsqlDbType.Bigint, ct);
                await importer.WriteAsync(batch.Seals[i], NpgsqlDbType.Bytea, ct);
                await importer.WriteAsync(checkpoint.Id, NpgsqlDbType.Bigint, ct);
            }
            await importer.CompleteAsync(ct);
        }
        await AuditSql.Command(connection, $"""
                insert into {AuditSql.Checkpoints} ({AuditSql.CheckpointColumns})
                values (@id, @upTo, @horizon, @horizonAt, @sealedAt, @hash)
                """,
                ("id", checkpoint.Id), ("upTo", checkpoint.UpTo), ("horizon", checkpoint.Horizon.Sequence),
                ("horizonAt", checkpoint.Horizon.At.ToDateTimeOffset()), ("sealedAt", checkpoint.SealedAt.ToDateTimeOffset()), ("hash", checkpoint.Hash))
            .ExecuteNonQueryAsync(ct);
    }

    private async Task<NpgsqlConnection> Open(CancellationToken ct)
    {
        var connection = (NpgsqlConnection)store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        return connection;
    }
}

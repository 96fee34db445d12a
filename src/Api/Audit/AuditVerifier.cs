using ConseilsCitoyens.Domain.Audit;
using Marten;
using Npgsql;

namespace ConseilsCitoyens.Api.Audit;

/// <param name="Pending">Events above the sealed high-water mark, committed but not sealed yet (the sealer follows the log).</param>
/// <param name="SealedUpTo">The sealed high-water mark: every event numbered up to it must be sealed.</param>
/// <param name="AnchorsChecked">Anchors (kept outside the database) that the log still matches.</param>
public sealed record AuditVerification(bool Intact, long EventsChecked, long Pending, long SealedUpTo, long CheckpointsChecked,
    long AnchorsChecked, BrokenLink? FirstBrokenLink);

/// <summary>
/// Walks the whole log (every city) with its seals in sequence order, in one snapshot, then the
/// streams' versions, and names the first broken link (<see cref="ChainWalk"/> decides). Reads stream:
/// memory holds one head per stream and the checkpoints.
/// </summary>
public sealed class AuditVerifier(IDocumentStore store, SealKey key)
{
    public Task<AuditVerification> VerifyAsync(CancellationToken ct) => VerifyAsync([], ct);

    /// <param name="anchors">Checkpoints as auditors kept them: the log must still hold each of them.</param>
    public async Task<AuditVerification> VerifyAsync(IReadOnlyCollection<AuditAnchor> anchors, CancellationToken ct)
    {
        await using var connection = (NpgsqlConnection)store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, ct);

        var walk = new ChainWalk(key, await Checkpoints(connection, ct), anchors);
        var broken = walk.Start() ?? await WalkTheLog(connection, walk, ct) ?? walk.EndOfLog() ?? await WalkTheStreams(connection, walk, ct);
        return new AuditVerification(broken is null, walk.EventsChecked, walk.Pending, walk.SealedUpTo, walk.CheckpointsChecked,
            walk.AnchorsChecked, broken);
    }

    private static async Task<List<Checkpoint>> Checkpoints(NpgsqlConnection connection, CancellationToken ct)
    {
        var checkpoints = new List<Checkpoint>();
        await using var reader = await AuditSql.Command(connection,
            $"select {AuditSql.CheckpointColumns} from {AuditSql.Checkpoints} order by checkpoint_id").ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            checkpoints.Add(AuditSql.Checkpoint(reader, 0));
        return checkpoints;
    }

    private static async Task<BrokenLink?> WalkTheLog(NpgsqlConnection connection, ChainWalk walk, CancellationToken ct)
    {
        const int seal = 15;
        await using var reader = await AuditSql.Command(connection, $"""
            select {AuditSql.EventColumns}, s.seq_id, s.stream_id, s.version, s.hash, s.checkpoint_id
              from {AuditSql.Events} e full outer join {AuditSql.Seals} s on s.seq_id = e.seq_id
             order by coalesce(e.seq_id, s.seq_id)
            """).ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var logged = reader.IsDBNull(0) ? null : AuditSql.Event(reader, 0);
            var sealRow = reader.IsDBNull(seal) ? null : new SealRow(reader.GetInt64(seal), reader.GetGuid(seal + 1),
                reader.GetInt64(seal + 2), reader.GetFieldValue<byte[]>(seal + 3), reader.GetInt64(seal + 4));
            if (walk.Visit(logged, sealRow) is { } broken)
                return broken;
        }
        return null;
    }

    private static async Task<BrokenLink?> WalkTheStreams(NpgsqlConnection connection, ChainWalk walk, CancellationToken ct)
    {
        await using var reader = await AuditSql.Command(connection,
            $"select tenant_id, id, coalesce(version, 0) from {AuditSql.Schema}.mt_streams").ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            if (walk.VisitStream(reader.GetString(0), reader.GetGuid(1), reader.GetInt64(2)) is { } broken)
                return broken;
        return null;
    }
}

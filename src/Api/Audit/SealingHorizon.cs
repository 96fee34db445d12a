using ConseilsCitoyens.Domain.Audit;
using Npgsql;

namespace ConseilsCitoyens.Api.Audit;

/// <summary>
/// How far the sealer may go: the sequence's last value, once no transaction that may still add a
/// number up to it is running. Sequence numbers are drawn before their transaction commits, so event
/// 101 may be visible while 100 is still on its way; sealing 101 would leave 100 behind, and an
/// event that appears below the sealed mark later must mean tampering, not a slow commit. Marten's
/// rich append draws its numbers in a statement of their own, committed before the insert, so the
/// writers are not found by their draw: the candidate is first published in <c>audit_horizon</c>,
/// from which on the insert trigger (ServerRecordedEvents) renumbers any number up to it; an insert
/// that read the horizon before holds the lock of both sequences until its transaction ends (PostgreSQL's
/// nextval and pg_sequence_last_value take it), so the holders read after publishing are the only ones
/// that can still add a number up to it. Appends never wait. Under a steady load the previous pass's
/// horizon, whose writers are long gone, serves (one interval behind) unless the sequence went back since;
/// otherwise the sealer waits up to <see cref="WriterWait"/> for the current writers (polling pg_locks ever less
/// often: reading it takes the lock manager's partition locks, which appends need too), else seals nothing this time.
/// </summary>
internal sealed class SealingHorizon
{
    private static readonly TimeSpan WriterWait = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan FirstPoll = TimeSpan.FromMilliseconds(5);
    // Not the sealer's own lock: publishing must not wait for a pass that is sealing.
    private const long PublishKey = 0x436f6e7365696c48;

    /// <param name="Storage">The sequence's storage (pg_relation_filenode): the RESTART of a wiped log gives it new storage.</param>
    private sealed record Candidate(Horizon Horizon, string[] Writers, long Storage)
    {
        // Every number up to this horizon was drawn before it was found, in this sequence: after a
        // restart (a wiped log) the new numbers climb past it again and their writers are not its own.
        public bool StillHolds(Candidate now) => Storage == now.Storage && Horizon.Sequence <= now.Horizon.Sequence;
    }

    private readonly Lock gate = new();
    private Candidate? previous;

    /// <returns>The horizon to seal up to, or null when none is safe yet.</returns>
    public async Task<Horizon?> FindAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        // In this order: an event numbered after the last value is recorded after this instant.
        var at = await AuditSql.ServerClock(connection, ct);
        long last, storage;
        await using (var reader = await AuditSql.Command(connection, $"""
            select case when is_called then last_value else 0 end, pg_relation_filenode('{AuditSql.Sequence}')::bigint from {AuditSql.Sequence}
            """).ExecuteReaderAsync(ct))
        {
            await reader.ReadAsync(ct);
            (last, storage) = (reader.GetInt64(0), reader.GetInt64(1));
        }
        await PublishAsync(connection, last, ct);
        var writers = await Scalar<string[]>(connection, $"""
            select coalesce(array_agg(distinct virtualtransaction), array[]::text[]) from pg_locks
             where locktype = 'relation' and relation in ('{AuditSql.Sequence}'::regclass, '{AuditSql.Horizon}'::regclass)
               and mode = 'RowExclusiveLock' and granted and pid <> pg_backend_pid()
            """, ct);
        var current = new Candidate(new Horizon(last, at), writers, storage);

        Candidate? before;
        lock (gate)
            (before, previous) = (previous, current);
        if (current.Writers.Length == 0)
            return current.Horizon;
        if (before is not null && before.StillHolds(current) && await Ended(connection, before.Writers, TimeSpan.Zero, ct))
            return before.Horizon;
        return await Ended(connection, current.Writers, WriterWait, ct) ? current.Horizon : null;
    }

    /// <summary>Moves <c>audit_horizon</c> up to the candidate, never down: one node at a time compares and sets it.</summary>
    private static async Task PublishAsync(NpgsqlConnection connection, long horizon, CancellationToken ct)
    {
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await AuditSql.Command(connection, $"""
                select pg_advisory_xact_lock(@key);
                select setval('{AuditSql.Horizon}', @horizon)
                 where @horizon > coalesce(pg_sequence_last_value('{AuditSql.Horizon}'), 0);
                """, ("key", PublishKey), ("horizon", horizon))
            .ExecuteNonQueryAsync(ct);
        await transaction.CommitAsync(ct);
    }

    private static async Task<bool> Ended(NpgsqlConnection connection, string[] writers, TimeSpan wait, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow + wait;
        for (var poll = FirstPoll; ; poll *= 2)
        {
            if (writers.Length == 0)
                return true;
            var running = await AuditSql.Command(connection,
                    "select count(*) from pg_locks where locktype = 'virtualxid' and virtualxid = any(@writers)", ("writers", writers))
                .ExecuteScalarAsync(ct);
            if ((long)running! == 0)
                return true;
            if (DateTime.UtcNow + poll > deadline)
                return false;
            await Task.Delay(poll, ct);
        }
    }

    private static async Task<T> Scalar<T>(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var reader = await AuditSql.Command(connection, sql).ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return reader.GetFieldValue<T>(0);
    }
}

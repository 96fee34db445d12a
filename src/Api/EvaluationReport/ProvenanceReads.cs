using ConseilsCitoyens.Projections;
using ConseilsCitoyens.Projections.Audit;
using Marten;
using NodaTime;
using Npgsql;

namespace ConseilsCitoyens.Api.EvaluationReport;

internal static class ProvenanceReads
{
    private const string Schema = EventStoreSetup.Schema;

    /// <summary>
    /// Where the figures come from: the city's last event recorded by the instant they reflect, and
    /// the audit checkpoint that seals it (checkpoints are append-only, so once sealed it never
    /// changes); until the sealer reaches it, the chain's latest checkpoint instead.
    /// </summary>
    public static async Task<Provenance> Provenance(this IQuerySession session, Instant knownAt, bool asKnownAt, CancellationToken ct)
    {
        await using var connection = (NpgsqlConnection)session.DocumentStore.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        // Read as they stand, the views hold every committed event; as known at an instant, those recorded by then.
        await using var last = new NpgsqlCommand(
            $"select coalesce(max(seq_id), 0) from {Schema}.mt_events where tenant_id = @city{(asKnownAt ? " and timestamp <= @at" : "")}", connection);
        last.Parameters.AddWithValue("city", session.TenantId);
        last.Parameters.AddWithValue("at", knownAt.ToDateTimeOffset());
        var sequence = (long)(await last.ExecuteScalarAsync(ct))!;

        var sealing = await Checkpoint(connection, "where up_to_seq >= @sequence order by checkpoint_id limit 1", sequence, ct);
        return new Provenance(knownAt, asKnownAt, sequence, sealing,
            sealing is null ? await Checkpoint(connection, "order by checkpoint_id desc limit 1", sequence, ct) : null);
    }

    private static async Task<AuditCheckpoint?> Checkpoint(NpgsqlConnection connection, string choice, long sequence, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(
            $"select checkpoint_id, up_to_seq, hash from {Schema}.{AuditTables.Checkpoints} {choice}", connection);
        command.Parameters.AddWithValue("sequence", sequence);
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct)
            ? new AuditCheckpoint(reader.GetInt64(0), reader.GetInt64(1), Convert.ToHexStringLower(reader.GetFieldValue<byte[]>(2)))
            : null;
    }
}

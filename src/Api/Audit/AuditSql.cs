using ConseilsCitoyens.Domain.Audit;
using ConseilsCitoyens.Projections;
using ConseilsCitoyens.Projections.Audit;
using ConseilsCitoyens.Projections.Maintenance;
using NodaTime;
using Npgsql;

namespace ConseilsCitoyens.Api.Audit;

/// <summary>How the audit code reads the log, its seals and its checkpoints: the columns, in the order the readers expect.</summary>
internal static class AuditSql
{
    public const string Schema = EventStoreSetup.Schema;
    public const string Events = $"{Schema}.mt_events";
    public const string Sequence = $"{Schema}.mt_events_sequence";
    public const string Seals = $"{Schema}.{AuditTables.Seals}";
    public const string Checkpoints = $"{Schema}.{AuditTables.Checkpoints}";
    public const string Horizon = $"{Schema}.{ServerRecordedEvents.Horizon}";

    /// <summary>Every column of an event row (alias e), read by <see cref="Event"/>: 15 columns.</summary>
    public const string EventColumns = """
        e.seq_id, e.id, e.tenant_id, e.stream_id, e.version, e.type, e.mt_dotnet_type, e.timestamp, e.data::text, e.bdata,
        e.is_archived, e.user_name, e.correlation_id, e.causation_id, e.headers::text
        """;

    public const string CheckpointColumns = "checkpoint_id, up_to_seq, horizon_seq, horizon_at, sealed_at, hash";

    public static LoggedEvent Event(NpgsqlDataReader reader, int first) => new(
        reader.GetInt64(first),
        reader.GetGuid(first + 1),
        Nullable<string>(reader, first + 2),
        reader.IsDBNull(first + 3) ? null : reader.GetGuid(first + 3),
        reader.GetInt64(first + 4),
        reader.GetString(first + 5),
        Nullable<string>(reader, first + 6),
        Instant.FromDateTimeOffset(reader.GetFieldValue<DateTimeOffset>(first + 7)),
        reader.GetString(first + 8),
        Nullable<byte[]>(reader, first + 9),
        reader.IsDBNull(first + 10) ? null : reader.GetBoolean(first + 10),
        new EventActor(Nullable<string>(reader, first + 11), Nullable<string>(reader, first + 12),
            Nullable<string>(reader, first + 13), Nullable<string>(reader, first + 14)));

    public static Checkpoint Checkpoint(NpgsqlDataReader reader, int first) => new(
        reader.GetInt64(first),
        reader.GetInt64(first + 1),
        new Horizon(reader.GetInt64(first + 2), Moment(reader, first + 3)),
        Moment(reader, first + 4),
        reader.GetFieldValue<byte[]>(first + 5));

    public static async Task<Checkpoint?> LatestCheckpoint(NpgsqlConnection connection, CancellationToken ct)
    {
        await using var reader = await Command(connection,
            $"select {CheckpointColumns} from {Checkpoints} order by checkpoint_id desc limit 1").ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? Checkpoint(reader, 0) : null;
    }

    /// <summary>The database server's clock (not the transaction's start): every recording time comes from it.</summary>
    public static async Task<Instant> ServerClock(NpgsqlConnection connection, CancellationToken ct) =>
        Instant.FromDateTimeUtc(DateTime.SpecifyKind((DateTime)(await Command(connection, "select clock_timestamp()").ExecuteScalarAsync(ct))!, DateTimeKind.Utc));

    public static Instant Moment(NpgsqlDataReader reader, int ordinal) => Instant.FromDateTimeOffset(reader.GetFieldValue<DateTimeOffset>(ordinal));

    public static NpgsqlCommand Command(NpgsqlConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value);
        return command;
    }

    private static T? Nullable<T>(NpgsqlDataReader reader, int ordinal) where T : class =>
        reader.IsDBNull(ordinal) ? null : reader.GetFieldValue<T>(ordinal);
}

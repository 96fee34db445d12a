using ConseilsCitoyens.Projections.Audit;
using Marten;
using Npgsql;

namespace ConseilsCitoyens.Projections.Maintenance;

/// <summary>
/// The one way to rewrite the append-only events: a transaction that sets
/// <see cref="Setting"/>, run by a member of <see cref="Role"/> (build/pg.sh grants it for the
/// tests and the demo's reset). The API's own sessions never set it.
/// </summary>
public static class EventLogMaintenance
{
    public const string Setting = "conseils.maintenance";
    public const string Role = "conseils_maintenance";

    public static async Task RunAsync(IDocumentStore store, string sql, CancellationToken ct = default)
    {
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        // Local to the transaction: the pooled connection goes back without it.
        await using (var on = new NpgsqlCommand($"select set_config('{Setting}', 'on', true)", connection, transaction))
            await on.ExecuteNonQueryAsync(ct);
        await using (var command = new NpgsqlCommand(sql, connection, transaction))
            await command.ExecuteNonQueryAsync(ct);
        await transaction.CommitAsync(ct);
    }

    /// <summary>
    /// Every document, event, stream, seal and checkpoint gone and the sequence restarted, as
    /// Marten's own clean-up does, but in one maintenance transaction (Marten's document clean-up truncates mt_streams,
    /// which cascades to the events).
    /// </summary>
    public static Task DeleteAllDataAsync(IDocumentStore store, CancellationToken ct = default)
    {
        var schema = store.Options.Events.DatabaseSchemaName;
        var documentSchemas = string.Join(", ", new[] { schema, EventStoreSetup.PersonalDataSchema }.Select(s => $"'{s}'"));
        return RunAsync(store, $"""
            do $$
            declare t record;
            begin
              for t in select schemaname, tablename from pg_tables
                        where schemaname in ({documentSchemas}) and tablename like 'mt_doc_%'
              loop
                execute format('truncate table %I.%I cascade', t.schemaname, t.tablename);
              end loop;
              -- A database whose event tables are not created yet has nothing to wipe.
              if to_regclass('{schema}.mt_events') is not null then
                alter sequence if exists {schema}.mt_events_sequence restart with 1;
                truncate table {schema}.mt_events, {schema}.mt_streams cascade;
                delete from {schema}.mt_event_progression;
              end if;
              -- The seals of a wiped log would name events that are gone.
              if to_regclass('{schema}.{AuditTables.Seals}') is not null then
                truncate table {schema}.{AuditTables.Seals}, {schema}.{AuditTables.Checkpoints};
              end if;
              alter sequence if exists {schema}.{ServerRecordedEvents.Horizon} restart with 1;
            end $$;
            """, ct);
    }
}

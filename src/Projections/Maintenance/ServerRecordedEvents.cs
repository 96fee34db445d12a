using Weasel.Core;
using Weasel.Postgresql;

namespace ConseilsCitoyens.Projections.Maintenance;

/// <summary>
/// A trigger on every inserted event: the server's clock gives its recording time (Marten sends the
/// application's), and its number is one the sequence handed out above the horizon the sealer last published
/// (Marten draws it just before inserting; its bulk and rich paths a batch ahead), else the
/// sequence's next value. So no writer, the application's role included, records an event in the
/// sealed past, in the future, or under another date; the verifier checks the same against the
/// checkpoints for whoever could disable the trigger. The sealer keeps its horizon in a sequence
/// of its own, <see cref="Horizon"/>, read as cheaply as the events' (a lookup of the checkpoints
/// on every row halved the bulk loader's speed).
/// </summary>
public sealed class ServerRecordedEvents(string schema)
    : SchemaObjectBase(new PostgresqlObjectName(schema, FunctionName, SchemaUtils.IdentifierUsage.General))
{
    public const string FunctionName = "mt_events_recorded_by_server";
    private const string Trigger = "mt_events_recorded_by_server";
    public const string Horizon = "audit_horizon";
    // Bump when the function changes, so that an existing database gets the new one.
    private const string Revision = "server-recorded revision 2";

    public override void WriteCreateStatement(Migrator migrator, TextWriter writer) => writer.WriteLine($"""
        create sequence if not exists {schema}.{Horizon};
        create or replace function {schema}.{FunctionName}() returns trigger language plpgsql as $$
        begin
          -- {Revision}
          new.timestamp := clock_timestamp();
          new.is_archived := false;
          if new.seq_id is null or new.seq_id <= coalesce(pg_sequence_last_value('{schema}.{Horizon}'), 0)
             or new.seq_id > coalesce(pg_sequence_last_value('{schema}.mt_events_sequence'), 0) then
            new.seq_id := nextval('{schema}.mt_events_sequence');
          end if;
          return new;
        end $$;
        drop trigger if exists {Trigger} on {schema}.mt_events;
        create trigger {Trigger} before insert on {schema}.mt_events
          for each row execute function {schema}.{FunctionName}();
        """);

    public override void WriteDropStatement(Migrator migrator, TextWriter writer) =>
        writer.WriteLine($"drop function if exists {schema}.{FunctionName}() cascade; drop sequence if exists {schema}.{Horizon};");

    // 1 when the trigger exists and calls the function of this revision, and the horizon's sequence exists, else 0: create (again).
    public override void ConfigureQueryCommand(Weasel.Core.DbCommandBuilder builder) => builder.Append($"""
        select (count(*) * (to_regclass('{schema}.{Horizon}') is not null)::int)::bigint
          from pg_trigger t
          join pg_class c on c.oid = t.tgrelid
          join pg_namespace n on n.oid = c.relnamespace
          join pg_proc p on p.oid = t.tgfoid
         where n.nspname = '{schema}' and c.relname = 'mt_events' and t.tgname = '{Trigger}'
           and p.prosrc like '%{Revision}%';
        """);
}

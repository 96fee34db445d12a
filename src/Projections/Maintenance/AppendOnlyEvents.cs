using Weasel.Core;
using Weasel.Postgresql;

namespace ConseilsCitoyens.Projections.Maintenance;

/// <summary>
/// Triggers that refuse UPDATE, DELETE and TRUNCATE of the events, created with the schema. Only a
/// maintenance transaction passes: <c>conseils.maintenance</c> set to <c>on</c> by a member of the
/// <c>conseils_maintenance</c> role (see <see cref="EventLogMaintenance"/>).
/// </summary>
public sealed class AppendOnlyEvents(string schema)
    : SchemaObjectBase(new PostgresqlObjectName(schema, FunctionName, SchemaUtils.IdentifierUsage.General))
{
    public const string FunctionName = "mt_events_append_only";
    public const string RowTrigger = "mt_events_append_only_rows";
    public const string TruncateTrigger = "mt_events_append_only_truncate";
    // Bump when the function changes, so that an existing database gets the new one.
    private const string Revision = "append-only revision 1";

    public override void WriteCreateStatement(Migrator migrator, TextWriter writer) => writer.WriteLine($"""
        create or replace function {schema}.{FunctionName}() returns trigger language plpgsql as $$
        begin
          -- {Revision}
          if current_setting('{EventLogMaintenance.Setting}', true) = 'on' then
            if exists (select from pg_roles where rolname = '{EventLogMaintenance.Role}') then
              if pg_has_role(session_user, '{EventLogMaintenance.Role}', 'member') then
                if tg_op = 'DELETE' then return old; end if;
                return new;
              end if;
            end if;
          end if;
          raise exception '{schema}.mt_events is append-only: % refused', tg_op
            using errcode = 'insufficient_privilege',
                  hint = 'Rewrites run in a maintenance transaction: {EventLogMaintenance.Setting} = on, as a member of {EventLogMaintenance.Role}.';
        end $$;
        drop trigger if exists {RowTrigger} on {schema}.mt_events;
        create trigger {RowTrigger} before update or delete on {schema}.mt_events
          for each row execute function {schema}.{FunctionName}();
        drop trigger if exists {TruncateTrigger} on {schema}.mt_events;
        create trigger {TruncateTrigger} before truncate on {schema}.mt_events
          for each statement execute function {schema}.{FunctionName}();
        """);

    public override void WriteDropStatement(Migrator migrator, TextWriter writer) =>
        writer.WriteLine($"drop function if exists {schema}.{FunctionName}() cascade;");

    // 1 when both triggers exist and call the function of this revision, else 0: create (again).
    public override void ConfigureQueryCommand(Weasel.Core.DbCommandBuilder builder) => builder.Append($"""
        select case when count(*) = 2 then 1 else 0 end::bigint
          from pg_trigger t
          join pg_class c on c.oid = t.tgrelid
          join pg_namespace n on n.oid = c.relnamespace
          join pg_proc p on p.oid = t.tgfoid
         where n.nspname = '{schema}' and c.relname = 'mt_events'
           and t.tgname in ('{RowTrigger}', '{TruncateTrigger}')
           and p.prosrc like '%{Revision}%';
        """);
}

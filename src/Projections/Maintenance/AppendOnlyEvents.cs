using ConseilsCitoyens.Projections.Audit;
using Weasel.Core;
using Weasel.Postgresql;

namespace ConseilsCitoyens.Projections.Maintenance;

/// <summary>
/// Triggers that refuse UPDATE, DELETE and TRUNCATE of the events and of their seals and
/// checkpoints, created with the schema. Only a maintenance transaction passes:
/// <c>conseils.maintenance</c> set to <c>on</c> by a member of the <c>conseils_maintenance</c> role
/// (see <see cref="EventLogMaintenance"/>).
/// </summary>
public sealed class AppendOnlyEvents(string schema)
    : SchemaObjectBase(new PostgresqlObjectName(schema, FunctionName, SchemaUtils.IdentifierUsage.General))
{
    public const string FunctionName = "mt_events_append_only";
    public static readonly string[] Tables = ["mt_events", AuditTables.Seals, AuditTables.Checkpoints];
    // Bump when the function or the triggers change, so that an existing database gets the new ones.
    private const string Revision = "append-only revision 2";

    private static string RowTrigger(string table) => $"{table}_append_only_rows";

    private static string TruncateTrigger(string table) => $"{table}_append_only_truncate";

    public override void WriteCreateStatement(Migrator migrator, TextWriter writer)
    {
        writer.WriteLine($"""
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
              raise exception '%.% is append-only: % refused', tg_table_schema, tg_table_name, tg_op
                using errcode = 'insufficient_privilege',
                      hint = 'Rewrites run in a maintenance transaction: {EventLogMaintenance.Setting} = on, as a member of {EventLogMaintenance.Role}.';
            end $$;
            """);
        foreach (var table in Tables)
            writer.WriteLine($"""
                drop trigger if exists {RowTrigger(table)} on {schema}.{table};
                create trigger {RowTrigger(table)} before update or delete on {schema}.{table}
                  for each row execute function {schema}.{FunctionName}();
                drop trigger if exists {TruncateTrigger(table)} on {schema}.{table};
                create trigger {TruncateTrigger(table)} before truncate on {schema}.{table}
                  for each statement execute function {schema}.{FunctionName}();
                """);
    }

    public override void WriteDropStatement(Migrator migrator, TextWriter writer) =>
        writer.WriteLine($"drop function if exists {schema}.{FunctionName}() cascade;");

    // 1 when every trigger exists and calls the function of this revision, else 0: create (again).
    public override void ConfigureQueryCommand(Weasel.Core.DbCommandBuilder builder) => builder.Append($"""
        select case when count(*) = {Tables.Length * 2} then 1 else 0 end::bigint
          from pg_trigger t
          join pg_class c on c.oid = t.tgrelid
          join pg_namespace n on n.oid = c.relnamespace
          join pg_proc p on p.oid = t.tgfoid
         where n.nspname = '{schema}'
           and t.tgname in ({string.Join(", ", Tables.SelectMany(t => new[] { RowTrigger(t), TruncateTrigger(t) }).Select(name => $"'{name}'"))})
           and p.prosrc like '%{Revision}%';
        """);
}

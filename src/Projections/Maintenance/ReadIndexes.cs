using Weasel.Core;
using Weasel.Postgresql;

namespace ConseilsCitoyens.Projections.Maintenance;

/// <summary>
/// An index created by its own statement, for an expression Marten's schema check would not read
/// back as equal (it would drop and create it at each setup). Its table's check must ignore it.
/// </summary>
public sealed class ExpressionIndex(string schema, string name, string createSql)
    : SchemaObjectBase(new PostgresqlObjectName(schema, name, SchemaUtils.IdentifierUsage.General))
{
    public override void WriteCreateStatement(Migrator migrator, TextWriter writer) => writer.WriteLine(createSql);

    public override void WriteDropStatement(Migrator migrator, TextWriter writer) =>
        writer.WriteLine($"drop index if exists {schema}.{name};");

    // 1 when the index exists, else 0: create it.
    public override void ConfigureQueryCommand(Weasel.Core.DbCommandBuilder builder) => builder.Append($"""
        select count(*)::bigint from pg_indexes where schemaname = '{schema}' and indexname = '{name}';
        """);
}

/// <summary>
/// A partial index of mt_events on the council of each compliance warning: a council's report reads
/// its warnings from the log (they live in every kind of stream), and without it that read scanned
/// every event. Same expression as the LINQ provider writes for <c>w.CouncilId.IsOneOf(ids)</c>.
/// </summary>
public static class ComplianceWarningIndex
{
    public const string IndexName = "mt_events_idx_compliance_warning_council";

    public static ExpressionIndex For(string schema) => new(schema, IndexName, $"""
        create index if not exists {IndexName} on {schema}.mt_events ((CAST(data ->> 'councilId' as uuid)))
          where type = 'compliance_warning_recorded';
        """);
}

/// <summary>
/// An index of mt_events on the council each event names (<c>councilId</c> in its payload), for
/// the per-quartier replay, which finds every stream with an event about one of the quartier's
/// councils: without it that lookup scanned the whole log on every request. Partial (events naming
/// no council are left out); the replay's <c>data->>'councilId' = any(...)</c> implies its predicate.
/// </summary>
public static class EventCouncilIndex
{
    public const string IndexName = "mt_events_idx_council";

    public static ExpressionIndex For(string schema) => new(schema, IndexName, $"""
        create index if not exists {IndexName} on {schema}.mt_events (tenant_id, (data ->> 'councilId'))
          where (data ->> 'councilId') is not null;
        """);
}

/// <summary>
/// A GIN index of each facilitator's activity log on the councils its entries name (as a jsonb
/// array, for <c>?|</c>): a council's report reads only the logs that name it.
/// </summary>
public static class ActivityLogCouncilsIndex
{
    public const string IndexName = "mt_doc_activitylog_idx_entry_councils";
    public const string Expression = "jsonb_path_query_array(data, '$.entries[*].councilId')";

    public static ExpressionIndex For(string schema) => new(schema, IndexName, $"""
        create index if not exists {IndexName} on {schema}.mt_doc_activitylog using gin ({Expression});
        """);
}

/// <summary>
/// A GIN index of the team members on the councils of their assignments (as a jsonb array, for <c>?|</c>):
/// a report below the whole programme reads only the team members ever assigned to one of its councils,
/// not the whole team. An assignment's council never changes once given, so the index holds every member
/// a past state would have had assigned.
/// </summary>
public static class TeamMemberCouncilsIndex
{
    public const string IndexName = "mt_doc_facilitator_idx_assignment_councils";
    public const string Expression = "jsonb_path_query_array(data, '$.assignments[*].councilId')";

    public static ExpressionIndex For(string schema) => new(schema, IndexName, $"""
        create index if not exists {IndexName} on {schema}.mt_doc_facilitator using gin ({Expression});
        """);
}

/// <summary>
/// A GIN index of the steering sessions on the councils they concern (a session may be shared), for
/// <c>?|</c>: a council's report reads only the sessions of its councils.
/// </summary>
public static class SteeringSessionCouncilsIndex
{
    public const string IndexName = "mt_doc_steeringsession_idx_councils";
    public const string Expression = "(data -> 'councilIds')";

    public static ExpressionIndex For(string schema) => new(schema, IndexName, $"""
        create index if not exists {IndexName} on {schema}.mt_doc_steeringsession using gin ({Expression});
        """);
}

/// <summary>
/// A GIN index of the councils on every quartier code they ever had (their quartier history, on
/// either map), for <c>?</c>: a quartier's report and replay read only its councils' documents
/// instead of every council.
/// </summary>
public static class CouncilQuartierCodesIndex
{
    public const string IndexName = "mt_doc_council_idx_quartier_codes";
    public const string Expression = "jsonb_path_query_array(data, '$.quartierHistory[*].codes[*]')";

    public static ExpressionIndex For(string schema) => new(schema, IndexName, $"""
        create index if not exists {IndexName} on {schema}.mt_doc_council using gin ({Expression});
        """);
}

/// <summary>
/// A GIN index of mt_events on every id its payload holds (string values shaped like a UUID, at any
/// depth), for <c>@&gt;</c>: a person's export (the right of access) finds the events naming their
/// pseudonymous id without scanning the whole log as text.
/// </summary>
public static class EventIdsIndex
{
    public const string IndexName = "mt_events_idx_ids";
    public const string Expression =
        """jsonb_path_query_array(data, 'strict $.** ? (@.type() == "string" && @ like_regex "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")')""";

    public static ExpressionIndex For(string schema) => new(schema, IndexName, $"""
        create index if not exists {IndexName} on {schema}.mt_events using gin ({Expression});
        """);
}

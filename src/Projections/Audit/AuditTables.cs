using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace ConseilsCitoyens.Projections.Audit;

/// <summary>The seals and checkpoints of the log's keyed chains, created with the rest of the schema.</summary>
public static class AuditTables
{
    public const string Seals = "audit_seals";
    public const string Checkpoints = "audit_checkpoints";

    public static IEnumerable<Table> For(string schema)
    {
        var seals = new Table(new PostgresqlObjectName(schema, Seals, SchemaUtils.IdentifierUsage.General));
        seals.AddColumn<long>("seq_id").AsPrimaryKey();
        // A stream is named by its city and its id (conjoined tenancy).
        seals.AddColumn<string>("tenant_id").NotNull();
        seals.AddColumn<Guid>("stream_id").NotNull();
        seals.AddColumn<long>("version").NotNull();
        seals.AddColumn("hash", "bytea").NotNull();
        seals.AddColumn<long>("checkpoint_id").NotNull();
        seals.Indexes.Add(new IndexDefinition($"ix_{Seals}_stream") { Columns = ["tenant_id", "stream_id", "version"] });
        yield return seals;

        var checkpoints = new Table(new PostgresqlObjectName(schema, Checkpoints, SchemaUtils.IdentifierUsage.General));
        checkpoints.AddColumn<long>("checkpoint_id").AsPrimaryKey();
        checkpoints.AddColumn<long>("up_to_seq").NotNull();
        // The sealer's horizon (the sequence's last value, and the instant read just before it).
        // The defaults only let a database sealed before them take the columns: audit-reseal rewrites its checkpoints.
        checkpoints.AddColumn<long>("horizon_seq").NotNull().DefaultValueByExpression("0");
        checkpoints.AddColumn("horizon_at", "timestamptz").NotNull().DefaultValueByExpression("'epoch'");
        checkpoints.AddColumn("hash", "bytea").NotNull();
        checkpoints.AddColumn("sealed_at", "timestamptz").NotNull().DefaultValueByExpression("now()");
        yield return checkpoints;
    }
}

using ConseilsCitoyens.Projections.Audit;
using ConseilsCitoyens.Projections.Maintenance;
using ConseilsCitoyens.Projections.Members;
using ConseilsCitoyens.Domain.Team;
using ConseilsCitoyens.Projections.Team;
using ConseilsCitoyens.Projections.Serialization;
using JasperFx.Events;
using Marten;
using JasperFx.MultiTenancy;
using Npgsql;
using Weasel.Core;

namespace ConseilsCitoyens.Projections;

/// <summary>Where the event store's shape is decided: schema, serialization, projections.</summary>
public static class EventStoreSetup
{
    public const string Schema = "conseils";
    public const string PersonalDataSchema = "personal";
    /// <summary>The city a caller or a command line acts for when it names none (the first deployment's).</summary>
    public const string DefaultCity = "paris";

    public static void ConfigureConseilsCitoyens(this StoreOptions options, string connectionString)
    {
        options.ConnectTo(connectionString);
        options.ConfigureStorage();
        options.AddViews();
    }

    /// <summary>
    /// Several hosts (primary and standbys, Npgsql's multi-host form): every connection goes to the
    /// server that accepts writes, whichever is listed first (Marten's schema checks and Wolverine's
    /// own tables included, and Marten's query sessions: its daemon loads events through them, and must
    /// never read a lagging standby), so a promoted standby takes over without a configuration change.
    /// Only the views that may lag ask for a standby, connection by connection (KnownStates.ReadMayLag).
    /// The process keeps the data source for its lifetime.
    /// </summary>
    public static void ConnectTo(this StoreOptions options, string connectionString)
    {
        var hosts = new NpgsqlConnectionStringBuilder(connectionString);
        if (hosts.Host?.Contains(',') == true)
        {
            hosts.TargetSessionAttributes ??= "read-write";
            options.Connection(new NpgsqlDataSourceBuilder(hosts.ConnectionString).BuildMultiHost());
        }
        else
            options.Connection(connectionString);
    }

    /// <summary>Everything but the connection and the projections: what the live store and the rebuild's store share.</summary>
    public static void ConfigureStorage(this StoreOptions options)
    {
        options.DatabaseSchemaName = Schema;
        options.UseSystemTextJsonForSerialization(EnumStorage.AsString, Casing.CamelCase,
            configure: json => json.WithoutEnumConverters().ApplyConseilsConventions());

        options.Events.StreamIdentity = StreamIdentity.AsGuid;
        options.KeepStoredNames();
        // One tenant per city in one database: every stream, event and document carries its city
        // (tenant_id leads each primary key), so two cities may use the same ids without meeting.
        options.Events.TenancyStyle = TenancyStyle.Conjoined;
        options.Policies.AllDocumentsAreMultiTenanted();
        options.OpenTelemetry.TrackEventCounters();
        options.Storage.ExtendedSchemaObjects.AddRange(AuditTables.For(Schema));
        options.Storage.Add(new AppendOnlyEventsFeature(options));
        // Attribution for the audit trail is recorded from the first event on.
        options.Events.MetadataConfig.CorrelationIdEnabled = true;
        options.Events.MetadataConfig.CausationIdEnabled = true;
        options.Events.MetadataConfig.HeadersEnabled = true;
        options.Events.MetadataConfig.UserNameEnabled = true;

        // Details are corrected in place, not appended: a numeric revision per document keeps a
        // correction from overwriting another it never saw (the revision is the ETag).
        options.Schema.For<MemberPersonalDetails>().DatabaseSchemaName(PersonalDataSchema)
            .UseNumericRevisions(true).Metadata(m => m.Revision.MapTo(d => d.Version));
        options.Schema.For<TeamMemberPersonalDetails>().DatabaseSchemaName(PersonalDataSchema)
            .UseNumericRevisions(true).Metadata(m => m.Revision.MapTo(d => d.Version));
        // The team member's state keeps the table it was first stored in, under the type's former name.
        options.Schema.For<TeamMember>().DocumentAlias("facilitator");

        options.AddCouncilReadIndexes();
    }
}

using ConseilsCitoyens.Projections.Conventions;
using ConseilsCitoyens.Projections.Maintenance;
using ConseilsCitoyens.Projections.Activity;
using ConseilsCitoyens.Projections.Audit;
using ConseilsCitoyens.Projections.Councils;
using ConseilsCitoyens.Projections.Initiatives;
using ConseilsCitoyens.Projections.Interpellations;
using ConseilsCitoyens.Projections.Meetings;
using ConseilsCitoyens.Projections.Drawings;
using ConseilsCitoyens.Projections.Members;
using ConseilsCitoyens.Projections.Privacy;
using ConseilsCitoyens.Projections.Proposals;
using ConseilsCitoyens.Projections.Quartiers;
using ConseilsCitoyens.Projections.Roadmaps;
using ConseilsCitoyens.Projections.Serialization;
using ConseilsCitoyens.Projections.SteeringSessions;
using ConseilsCitoyens.Domain.Team;
using ConseilsCitoyens.Projections.Team;
using JasperFx.Events;
using JasperFx.Events.Projections;
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
        // Several hosts (primary and standbys, Npgsql's multi-host form): every connection goes to the
        // server that accepts writes, whichever is listed first (Marten's schema checks and Wolverine's
        // own tables included), so a promoted standby takes over without a configuration change.
        // The process keeps the data source for its lifetime.
        var hosts = new NpgsqlConnectionStringBuilder(connectionString);
        if (hosts.Host?.Contains(',') == true)
        {
            hosts.TargetSessionAttributes ??= "read-write";
            options.Connection(new NpgsqlDataSourceBuilder(hosts.ConnectionString).BuildMultiHost());
        }
        else
            options.Connection(connectionString);
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

        options.Schema.For<MemberPersonalDetails>().DatabaseSchemaName(PersonalDataSchema);
        options.Schema.For<TeamMemberPersonalDetails>().DatabaseSchemaName(PersonalDataSchema);
        // The team member's state keeps the table it was first stored in, under the type's former name.
        options.Schema.For<TeamMember>().DocumentAlias("facilitator");

        // Inline: commands decide on these states in the same transaction that appends the events,
        // and reads must see a write as soon as it is acknowledged.
        options.Projections.Add<QuartierProjection>(ProjectionLifecycle.Inline);
        options.Projections.Add<CouncilProjection>(ProjectionLifecycle.Inline);
        options.Projections.Add<PersonalDataProjection>(ProjectionLifecycle.Inline);
        options.Projections.Add<ConventionProjection>(ProjectionLifecycle.Inline);
        options.Projections.Add<TeamMemberProjection>(ProjectionLifecycle.Inline);
        options.AddFieldworkProjections();
        options.Projections.Add<RoadmapProjection>(ProjectionLifecycle.Inline);
        options.Projections.Add<ActivityLogProjection>(ProjectionLifecycle.Inline);
        options.Projections.Add<SteeringSessionProjection>(ProjectionLifecycle.Inline);
        options.Projections.Add<InitiativeProjection>(ProjectionLifecycle.Inline);
        options.Projections.Add<ProposalProjection>(ProjectionLifecycle.Inline);
        options.Projections.Add<InterpellationProjection>(ProjectionLifecycle.Inline);
        options.Projections.Add<MeetingProjection>(ProjectionLifecycle.Inline);
        options.Projections.Add<DrawingProjection>(ProjectionLifecycle.Inline);

        // Asynchronous: read by auditors and the dashboard only, never by a command deciding or by the
        // answer to a write, and it spans every stream (a hot document per type would serialize inline
        // appends). The async daemon runs it on one node, distributed by Wolverine (Program.cs).
        options.Projections.Add<EventTypeCountProjection>(ProjectionLifecycle.Async);
        options.AddCouncilReadIndexes();
    }
}
